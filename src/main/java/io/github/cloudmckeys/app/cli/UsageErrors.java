package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.i18n.Localized;
import io.github.cloudmckeys.i18n.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's parse errors, said by us in the user's language: one sentence naming the option
 * and pointing at the command's {@code --help}, then exit 2. picocli's own (English) text is
 * kept only for the rare kinds not named here, inside a sentence of ours.
 */
final class UsageErrors implements IParameterExceptionHandler {
    private final Messages messages;
    private final List<String> args;

    UsageErrors(Messages messages, String[] args) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.args = List.of(args);
    }

    @Override
    public int handleParseException(ParameterException ex, String[] ignored) {
        ex.getCommandLine().getErr().println(sentence(ex));
        return ExitCodes.USAGE;
    }

    String sentence(ParameterException ex) {
        String command = ex.getCommandLine().getCommandSpec().qualifiedName();
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            return messages.get(first.startsWith("-") ? "cli.usage.unknownOption" : "cli.usage.unexpectedArgument",
                    first, command);
        }
        // picocli checks the required options before the unknown ones: `show --bogus` would say --service is required.
        Optional<String> unknown = unknownOption(ex.getCommandLine().getCommandSpec());
        if (ex instanceof MissingParameterException && unknown.isPresent()) {
            return messages.get("cli.usage.unknownOption", unknown.get(), command);
        }
        if (ex instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            ArgSpec arg = missing.getMissing().get(0);
            if (arg instanceof OptionSpec option) {
                return messages.get(given(option) ? "cli.usage.missingValue" : "cli.usage.missingOption",
                        option.longestName(), command);
            }
        }
        if (ex instanceof OverwrittenOptionException twice && twice.getOverwritten() instanceof OptionSpec option) {
            return messages.get("cli.usage.givenTwice", option.longestName());
        }
        if (ex.getValue() != null && ex.getCause() instanceof Localized localized) {
            return messages.sentence(localized); // an option's or a parameter's value that says what it takes
        }
        if (ex.getArgSpec() instanceof OptionSpec option && ex.getValue() != null) {
            return messages.get("cli.usage.badValue", ex.getValue(), option.longestName(), command);
        }
        return messages.get("cli.usage.invalid", ex.getMessage(), command);
    }

    /** The first argument before {@code --} that looks like an option and is none of the command's (or its parents'). */
    private Optional<String> unknownOption(CommandSpec spec) {
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            if (arg.length() < 2 || !arg.startsWith("-")) {
                continue;
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            boolean cluster = !name.startsWith("--") && name.length() > 2;
            boolean known = cluster ? name.substring(1).chars().allMatch(c -> known(spec, "-" + (char) c))
                    : known(spec, name);
            if (!known) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static boolean known(CommandSpec spec, String name) {
        for (CommandSpec command = spec; command != null; command = command.parent()) {
            if (command.findOption(name) != null) {
                return true;
            }
        }
        return false;
    }

    /** True when the option is on the line (so only its value is missing), in any of its names. */
    private boolean given(OptionSpec option) {
        return args.stream().anyMatch(arg -> Arrays.stream(option.names())
                .anyMatch(name -> arg.equals(name) || arg.startsWith(name + "=")));
    }
}
