package io.github.cloudmckeys.app.cli;

/** The command line's exit codes, the same for every subcommand. */
public final class ExitCodes {
    public static final int OK = 0;
    /** The script could not be made or saved: no Keystone credentials, a value the format cannot carry, a file problem. */
    public static final int EXPORT_FAILED = 1;
    /** Bad options, or options that contradict each other. */
    public static final int USAGE = 2;
    /** {@code --service} matched nothing, or more than one service. */
    public static final int SERVICE_NOT_FOUND = 3;
    /** The portal answered but refused the API key (401, 403). */
    public static final int PORTAL_REFUSED = 4;
    /** The portal could not be reached or did not answer as the API. */
    public static final int PORTAL_UNREACHABLE = 5;
    /** {@code check}: Keystone could not be reached or did not answer as Keystone (same code as the portal's). */
    public static final int KEYSTONE_UNREACHABLE = 5;
    /** {@code check}: Keystone answered and gave no token (wrong password, unknown project, API not offered). */
    public static final int KEYSTONE_REFUSED = 6;

    private ExitCodes() {}
}
