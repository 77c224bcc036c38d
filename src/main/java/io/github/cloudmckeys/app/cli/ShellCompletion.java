package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.i18n.Message;
import java.util.Locale;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;

/**
 * The completion scripts, generated from the picocli model: bash's (which zsh also reads,
 * through bashcompinit) by picocli's own {@link AutoComplete}, fish's by {@link FishCompletion}.
 * Both complete {@code --service} with the services' names when a portal and its key are at
 * hand ({@code CLOUDMC_API_KEY} set, or {@code --demo} on the line), by asking
 * {@code cloudmc-keys list} for at most {@value #LIST_SECONDS} seconds; when not, they ask
 * nothing and offer nothing.
 */
final class ShellCompletion {
    static final String COMMAND = "cloudmc-keys";
    static final int LIST_SECONDS = 8;

    enum Shell {
        BASH, ZSH, FISH;

        static final class Converter implements ITypeConverter<Shell> {
            @Override
            public Shell convert(String value) {
                try {
                    return Shell.valueOf(value.strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new ConversionFailure(Message.of("cli.completion.unknownShell", value));
                }
            }
        }
    }

    /** The shells, as {@code completion} takes them (and completes them). */
    static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.List.of("bash", "zsh", "fish").iterator();
        }
    }

    private ShellCompletion() {
    }

    static String script(Shell shell, CommandLine model) {
        return shell == Shell.FISH ? FishCompletion.script(model) : bash(model);
    }

    /**
     * picocli's script, where each {@code -s|--service)} case that would offer nothing calls
     * {@code _cloudmc_keys_services} instead.
     */
    static String bash(CommandLine model) {
        String generated = AutoComplete.bash(COMMAND, model);
        String serviceCase = "(?m)^(\\s*)'-s'\\|'--service'\\)\\n\\s*return\\n";
        String withServices = generated.replaceAll(serviceCase,
                "$1'-s'|'--service')\n$1  _cloudmc_keys_services \"\\${curr_word}\"\n$1  return\n");
        return withServices + SERVICES_FUNCTION;
    }

    /**
     * Sets COMPREPLY to the service names starting with the word typed so far, each escaped for
     * the line; silent (no output, no portal asked) without an API key or {@code --demo}.
     */
    private static final String SERVICES_FUNCTION = """

            # Service names for --service, from `cloudmc-keys list`, when a portal and its key are at hand.
            function _cloudmc_keys_services() {
              COMPREPLY=()
              local portal=()
              if [[ " ${COMP_WORDS[*]} " == *" --demo "* ]]; then
                portal=(--demo)
              elif [[ -z "${CLOUDMC_API_KEY:-}" ]]; then
                return 0
              fi
              local name
              while IFS= read -r name; do
                if [[ "${name}" == "${1}"* ]]; then
                  COMPREPLY+=("$(printf '%%q' "${name}")")
                fi
              done < <(timeout %d cloudmc-keys list "${portal[@]}" 2>/dev/null)
            }
            """.formatted(LIST_SECONDS);
}
