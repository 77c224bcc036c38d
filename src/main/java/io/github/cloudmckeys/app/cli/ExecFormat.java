package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.i18n.Message;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;

/** Which script {@code exec} runs its command as if it had been sourced first. */
enum ExecFormat {
    OPENRC_V3("openrc-v3"),
    OPENRC_V2("openrc-v2"),
    /** The S3 keys as the AWS variables, like {@code export --format s3-env-sh}. */
    AWS("aws");

    private final String cliName;

    ExecFormat(String cliName) {
        this.cliName = cliName;
    }

    String cliName() {
        return cliName;
    }

    /** The names, for the completion scripts. */
    static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Arrays.stream(values()).map(ExecFormat::cliName).iterator();
        }
    }

    static final class Converter implements ITypeConverter<ExecFormat> {
        @Override
        public ExecFormat convert(String value) {
            String name = value.strip().toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(f -> f.cliName.equals(name)).findFirst()
                    .orElseThrow(() -> new ConversionFailure(Message.of("cli.format.unknown", value,
                            Arrays.stream(values()).map(ExecFormat::cliName).collect(Collectors.joining(", ")))));
        }
    }
}
