package io.github.cloudmckeys.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * Every sentence a generated file carries, in every language and dialect, is one line a
 * comment of that dialect keeps whole: no line break or control character, and for cmd
 * only ASCII, with no {@code %} (percent expansion reaches {@code rem} lines) and no caret
 * (one at the end would continue the comment onto the next line).
 */
class ExportTextTest {
    private static final List<String> PREFIXES = List.of("script.", "header.", "config.", "s3.", "clouds.", "aws.",
            "rclone.");

    @Test
    void everyCommentSentenceIsOneLineThatEveryDialectKeepsWhole() {
        List<String> keys = commentKeys();
        assertThat(keys).as("the comment keys").hasSizeGreaterThan(40);
        String[] args = {"a", "b", "c", "d"};
        List<String> faults = new ArrayList<>();
        for (Language language : Language.values()) {
            for (ShellDialect dialect : ShellDialect.values()) {
                ExportText text = ExportText.of(language, dialect);
                for (String key : keys) {
                    String line = text.get(key, args);
                    if (!line.equals(CommentText.sanitize(line)) || line.isBlank()) {
                        faults.add(language + " " + dialect + " " + key + ": not one line: " + line);
                    }
                    if (dialect == ShellDialect.CMD && (line.chars().anyMatch(c -> c > 0x7F)
                            || line.contains("%") || line.contains("^"))) {
                        faults.add(language + " " + dialect + " " + key + ": not safe in a rem line: " + line);
                    }
                }
            }
        }
        assertThat(faults).isEmpty();
    }

    @Test
    void argumentsCannotBreakTheLineEither() {
        ExportText text = ExportText.of(Language.FRENCH, ShellDialect.CMD);
        assertThat(text.get("header.service", "a\r\nb\u2028c %PATH% é")).isEqualTo("Service : a  b c %PATH% é");
        assertThat(ExportText.of(Language.FRENCH, ShellDialect.POSIX).get("header.service", "a\nb"))
                .isEqualTo("Service\u00a0: a b");
    }

    @Test
    void foldingLeavesReadableAscii() {
        assertThat(ExportText.fold("«\u00a0chcp 65001\u00a0» l’été\u00a0: œuvre… ⚠"))
                .isEqualTo("\"chcp 65001\" l'ete : oeuvre... ?");
        assertThat(ExportText.fold("plain ASCII: 100% ^&|")).isEqualTo("plain ASCII: 100% ^&|");
    }

    @Test
    void theFieldLabelsFollowTheLanguage() {
        assertThat(ExportText.of(Language.FRENCH).label(FieldRole.PROJECT_NAME))
                .isEqualTo("Nom du projet");
        assertThat(ExportText.of(Language.ENGLISH).label(FieldRole.PROJECT_NAME))
                .isEqualTo("Project name");
    }

    private static List<String> commentKeys() {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return bundle.keySet().stream().filter(key -> PREFIXES.stream().anyMatch(key::startsWith)).sorted().toList();
    }
}
