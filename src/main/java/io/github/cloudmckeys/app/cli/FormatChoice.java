package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.render.config.ConfigFormat;
import io.github.cloudmckeys.render.script.ExportFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.ITypeConverter;

/** What {@code export --format} names: an openrc script, or a configuration file or S3 script. */
record FormatChoice(Optional<ExportFormat> script, Optional<ConfigFormat> config) {

    /** Every name {@code --format} takes, openrc scripts first. */
    static String allNames() {
        return Stream.concat(Arrays.stream(ExportFormat.values()).map(ExportFormat::cliName),
                Arrays.stream(ConfigFormat.values()).map(ConfigFormat::cliName)).collect(Collectors.joining(", "));
    }

    /** Reads {@code --format} by its command-line name, listing the valid ones when it is wrong. */
    static final class Converter implements ITypeConverter<FormatChoice> {
        @Override
        public FormatChoice convert(String value) {
            String name = value.strip().toLowerCase(Locale.ROOT);
            Optional<ExportFormat> script = ExportFormat.byCliName(name);
            Optional<ConfigFormat> config = ConfigFormat.byCliName(name);
            if (script.isEmpty() && config.isEmpty()) {
                throw new ConversionFailure(Message.of("cli.format.unknown", value, allNames()));
            }
            return new FormatChoice(script, config);
        }
    }
}
