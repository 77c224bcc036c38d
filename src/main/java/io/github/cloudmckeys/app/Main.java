package io.github.cloudmckeys.app;

import io.github.cloudmckeys.app.cli.CommandLineApp;
import io.github.cloudmckeys.net.TunnelBasicAuth;
import io.github.cloudmckeys.app.cli.LanguageOption;
import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.logging.AppLogging;
import java.util.Optional;

/**
 * Entry point. No arguments (or only {@code --lang en|fr}) opens the window; anything else
 * is the command line, which also refuses a language it does not speak.
 * This class deliberately does not extend {@code javafx.application.Application},
 * so the command line never loads JavaFX and runs with JavaFX on the class path.
 */
public final class Main {
    private Main() {}

    public static void main(String[] typed) {
        String[] args = NativeArguments.asTyped(typed); // "équipe" intact with no locale set
        Optional<Language> windowLanguage = LanguageOption.onlyLanguage(args)
                ? LanguageOption.find(args).flatMap(Language::parse) : Optional.empty();
        boolean window = args.length == 0 || windowLanguage.isPresent();
        if (window && JavaFxModules.runMainAsModules(typed)) {
            return; // the window ran with JavaFX as named modules, as JavaFX supports
        }
        TunnelBasicAuth.allowForProxyLogins(); // before anything loads the JDK's HTTP client
        AppLogging.install(System.getenv(), System.err); // once, for the window and the command line alike
        if (window) {
            DesktopApp.launchWindow(windowLanguage);
            return;
        }
        System.exit(CommandLineApp.run(args, System.getenv(), System.out, System.err));
    }
}
