package zonepulse.events;

import java.util.List;

/** A message that is not valid JSON or does not follow its schema. Bad input: it belongs in a dead-letter topic. */
public class ContractViolationException extends RuntimeException {
    private final List<String> problems;

    public ContractViolationException(String message, List<String> problems) {
        super(problems.isEmpty() ? message : message + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public ContractViolationException(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
        this.problems = List.of(String.valueOf(cause.getMessage()));
    }

    /** Each problem found, naming the field at fault. */
    public List<String> problems() {
        return problems;
    }
}
