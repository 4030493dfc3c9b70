package zonepulse.store.readapi;

/** A request parameter the API cannot use: answered 400 with a problem naming it. */
class BadParameterException extends RuntimeException {
    private final String parameter;

    BadParameterException(String parameter, String detail) {
        super(parameter + ": " + detail);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
