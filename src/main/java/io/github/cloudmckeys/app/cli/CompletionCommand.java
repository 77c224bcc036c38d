package io.github.cloudmckeys.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code completion bash|zsh|fish}: the shell completion script, made from the commands themselves. */
@Command(name = "completion", mixinStandardHelpOptions = true)
final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "bash|zsh|fish", descriptionKey = "shell",
            completionCandidates = ShellCompletion.Names.class, converter = ShellCompletion.Shell.Converter.class)
    ShellCompletion.Shell shell;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(ShellCompletion.script(shell, spec.root().commandLine()));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
