package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.portal.PortalException;

/** Ends a command with one sentence on stderr and an exit code from {@link ExitCodes}. */
final class CliFailure extends Exception {
    private final int exitCode;

    CliFailure(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    static CliFailure of(PortalException e) {
        int code = e.kind().isRefusal() ? ExitCodes.PORTAL_REFUSED : ExitCodes.PORTAL_UNREACHABLE;
        return new CliFailure(code, e.getMessage());
    }

    int exitCode() {
        return exitCode;
    }
}
