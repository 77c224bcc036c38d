package io.github.cloudmckeys.app;

import io.github.cloudmckeys.app.cli.CommandLineApp;
import io.github.cloudmckeys.logging.AppLogging;

/**
 * Entry point. No arguments opens the window; anything else is the command line.
 * This class deliberately does not extend {@code javafx.application.Application},
 * so the command line never loads JavaFX and runs with JavaFX on the class path.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        AppLogging.install(System.getenv(), System.err); // once, for the window and the command line alike
        if (args.length == 0) {
            DesktopApp.launchWindow(args);
            return;
        }
        System.exit(CommandLineApp.run(args, System.getenv(), System.out, System.err));
    }
}
