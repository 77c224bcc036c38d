package io.github.cloudmckeys.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * fish's completion script, generated from the picocli model (picocli has a generator for
 * bash and zsh only): the subcommands, then each command's options with their first line of
 * help, their values when picocli knows them, and the service names for {@code --service}.
 */
final class FishCompletion {
    private FishCompletion() {
    }

    static String script(CommandLine model) {
        String command = ShellCompletion.COMMAND;
        List<String> lines = new ArrayList<>();
        lines.add("# fish completion for " + command + ", made by `" + command + " completion fish`.");
        lines.add("function __cloudmc_keys_services");
        lines.add("    set -l portal");
        lines.add("    if contains -- --demo (commandline -opc)");
        lines.add("        set portal --demo");
        lines.add("    else if not set -q CLOUDMC_API_KEY");
        lines.add("        return 0");
        lines.add("    end");
        lines.add("    timeout " + ShellCompletion.LIST_SECONDS + " " + command + " list $portal 2>/dev/null");
        lines.add("end");
        lines.add("complete -c " + command + " -f");
        Map<String, CommandLine> subcommands = model.getSubcommands();
        String names = String.join(" ", subcommands.keySet());
        for (Map.Entry<String, CommandLine> sub : subcommands.entrySet()) {
            lines.add("complete -c " + command + " -n \"not __fish_seen_subcommand_from " + names + "\" -a "
                    + sub.getKey() + " -d " + quote(firstLine(sub.getValue().getCommandSpec().usageMessage().description())));
        }
        options(lines, model.getCommandSpec(), "not __fish_seen_subcommand_from " + names);
        for (Map.Entry<String, CommandLine> sub : subcommands.entrySet()) {
            options(lines, sub.getValue().getCommandSpec(), "__fish_seen_subcommand_from " + sub.getKey());
        }
        return String.join("\n", lines) + "\n";
    }

    private static void options(List<String> lines, CommandSpec spec, String condition) {
        for (OptionSpec option : spec.options()) {
            if (option.hidden()) {
                continue;
            }
            StringBuilder line = new StringBuilder("complete -c " + ShellCompletion.COMMAND + " -n "
                    + quote(condition));
            for (String name : option.names()) {
                line.append(name.startsWith("--") ? " -l " + name.substring(2) : " -s " + name.substring(1));
            }
            if (option.arity().max() > 0) {
                line.append(" -r");
                if (option.longestName().equals("--service")) {
                    line.append(" -a '(__cloudmc_keys_services)'");
                } else if (option.completionCandidates() != null) {
                    line.append(" -a ").append(quote(String.join(" ", option.completionCandidates())));
                } else if (option.type() == java.nio.file.Path.class) {
                    line.append(" -F");
                }
            }
            line.append(" -d ").append(quote(firstLine(option.description())));
            lines.add(line.toString());
        }
    }

    private static String firstLine(String[] description) {
        String text = description.length == 0 ? "" : description[0];
        int stop = text.indexOf(". ");
        return (stop > 0 ? text.substring(0, stop) : text).replace("%n", " ").strip();
    }

    /** fish's single quotes: only \\ and ' are special inside. */
    private static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
