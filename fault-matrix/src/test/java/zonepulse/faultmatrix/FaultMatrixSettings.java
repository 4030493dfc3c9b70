package zonepulse.faultmatrix;

import java.nio.file.Path;

/** Where the suite finds the services' jars and the samples, and keeps its work files (set by failsafe). */
final class FaultMatrixSettings {
    private FaultMatrixSettings() {}

    static Path ingestJar() {
        return path("fault-matrix.ingest-jar");
    }

    static Path extractJar() {
        return path("fault-matrix.extract-jar");
    }

    static Path storeJar() {
        return path("fault-matrix.store-jar");
    }

    static Path samples() {
        return path("fault-matrix.samples");
    }

    static Path work() {
        return path("fault-matrix.work");
    }

    /**
     * Whether to run a row: {@code fault-matrix.rows} is {@code short} (the rows of {@code ./mvnw verify}), {@code all}
     * ({@code -Pfault-matrix}) or a comma-separated list of row names, to run a few while working on them.
     */
    static boolean runs(String row, boolean isShort) {
        String rows = System.getProperty("fault-matrix.rows", "short");
        return switch (rows) {
            case "all" -> true;
            case "short" -> isShort;
            default -> java.util.Arrays.asList(rows.split(",")).contains(row);
        };
    }

    private static Path path(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException(property + " is not set: run the suite through Maven (failsafe sets it)");
        }
        return Path.of(value).toAbsolutePath().normalize();
    }
}
