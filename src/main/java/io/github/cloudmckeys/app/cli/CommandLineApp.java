package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.logging.LiveSecrets;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/** Runs the command line: parses, runs one subcommand, maps failures to exit codes. */
public final class CommandLineApp {
    private CommandLineApp() {}

    /**
     * @param env the process environment (injected so tests control it)
     * @return the exit code, see {@link ExitCodes}
     */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine commandLine = new CommandLine(new CloudMcKeysCommand(env))
                .setOut(outWriter)
                .setErr(errWriter)
                .setExecutionExceptionHandler((exception, cmd, parseResult) -> {
                    if (exception instanceof CliFailure failure) {
                        cmd.getErr().println(LiveSecrets.redact(failure.getMessage()));
                        return failure.exitCode();
                    }
                    throw exception;
                });
        int code = commandLine.execute(args);
        outWriter.flush();
        errWriter.flush();
        return code;
    }
}
