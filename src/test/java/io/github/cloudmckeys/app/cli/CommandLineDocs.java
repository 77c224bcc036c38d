package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.i18n.Messages;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * The build step ({@code ./mvnw -Ppackage package}, before jpackage) that writes what the .deb
 * ships for the command line, from the picocli model: the man pages' AsciiDoc by picocli-codegen's
 * {@link ManPageGenerator} (asciidoctor's manpage backend turns it into man(1) pages), and the
 * bash, zsh and fish completions {@code completion} prints. In the test sources because
 * picocli-codegen is a build tool, not part of the app.
 *
 * <p>Arguments: the AsciiDoc folder, the completions folder.
 */
public final class CommandLineDocs {
    private CommandLineDocs() {
    }

    public static void main(String[] args) throws IOException {
        Path adoc = Files.createDirectories(Path.of(args[0]));
        Path completions = Files.createDirectories(Path.of(args[1]));
        CommandLine model = CommandLineApp.model(Map.of(), Messages.of(Language.ENGLISH));
        int status = ManPageGenerator.generateManPage(adoc.toFile(), (File) null, new boolean[0], true,
                model.getCommandSpec());
        if (status != 0) {
            throw new IOException("picocli's ManPageGenerator ended with status " + status);
        }
        String bash = ShellCompletion.script(ShellCompletion.Shell.BASH, model);
        Files.writeString(completions.resolve("cloudmc-keys"), bash, StandardCharsets.UTF_8);
        // zsh's vendor folder holds autoloaded functions named _COMMAND; the bash script sets zsh up itself.
        Files.writeString(completions.resolve("_cloudmc-keys"), "#compdef cloudmc-keys\n" + bash, StandardCharsets.UTF_8);
        Files.writeString(completions.resolve("cloudmc-keys.fish"),
                ShellCompletion.script(ShellCompletion.Shell.FISH, model), StandardCharsets.UTF_8);
    }
}
