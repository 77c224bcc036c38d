package io.github.cloudmckeys.bench;

/** The harness itself failed (a process that did not start, answer or report): the run is not valid. */
final class BenchmarkException extends Exception {
    BenchmarkException(String message) {
        super(message);
    }

    BenchmarkException(String message, Throwable cause) {
        super(message, cause);
    }
}
