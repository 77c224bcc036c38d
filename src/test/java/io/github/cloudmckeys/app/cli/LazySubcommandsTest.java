package io.github.cloudmckeys.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.session.InMemoryKeyStore;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Which subcommands picocli is given for a command line (CloudMcKeysCommand.withSubcommandsFor): the one that
 * runs, found as picocli finds it, else all of them. What each command then does is the other tests' matter.
 */
class LazySubcommandsTest {
    private static CommandLine modelFor(String... args) {
        CommandLineDesk desk = new CommandLineDesk(Optional.empty(), InMemoryKeyStore::new, InputStream.nullInputStream(),
                null);
        return CommandLineApp.model(Map.of(), Messages.of(Language.ENGLISH), desk, args);
    }

    @Test
    void everySubcommandIsListed() {
        assertThat(modelFor().getSubcommands().keySet()).containsExactly("list", "show", "export", "check", "exec",
                "credential-process", "roles", "login", "logout", "portals", "completion");
    }

    @Test
    void onlyTheSubcommandThatRunsIsRead() {
        assertThat(modelFor("export", "--service", "prod").getSubcommands().keySet()).containsExactly("export");
        assertThat(modelFor("--lang", "fr", "--endpoint", "http://127.0.0.1:1/api/v2", "exec", "--", "list")
                .getSubcommands().keySet()).containsExactly("exec");
    }

    @Test
    void theValueOfATopLevelOptionIsNotASubcommandsName() {
        assertThat(modelFor("--portal", "list", "export").getSubcommands().keySet()).containsExactly("export");
        assertThat(modelFor("--portal=list", "show").getSubcommands().keySet()).containsExactly("show");
    }

    @Test
    void completionAHelpOrAnUnknownWordGetsThemAll() {
        assertThat(modelFor("completion", "bash").getSubcommands()).hasSize(CloudMcKeysCommand.SUBCOMMANDS.size());
        assertThat(modelFor("--help").getSubcommands()).hasSize(CloudMcKeysCommand.SUBCOMMANDS.size());
        assertThat(modelFor("expor", "list").getSubcommands()).hasSize(CloudMcKeysCommand.SUBCOMMANDS.size());
    }
}
