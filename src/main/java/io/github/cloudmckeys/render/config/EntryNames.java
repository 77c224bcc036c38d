package io.github.cloudmckeys.render.config;

import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.render.CommentText;
import io.github.cloudmckeys.render.ExportException;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The names of clouds, AWS profiles and rclone remotes. One name serves all three, so it
 * is held to what the strictest of them takes: rclone remote names and AWS profile
 * section headers. ASCII letters, digits and {@code . _ - + @}, not starting with
 * {@code -} or {@code .}, at most {@value #MAX_LENGTH} characters.
 */
public final class EntryNames {
    static final int MAX_LENGTH = 64;
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_+@][A-Za-z0-9._+@-]*");
    private static final String FALLBACK = "cloudmc";

    private EntryNames() {
    }

    /** The environment's name made valid: accents dropped, other characters turned into {@code -}. */
    public static String defaultName(ServiceCredentials credentials) {
        String unaccented = Normalizer.normalize(credentials.service().environmentName() == null ? ""
                : credentials.service().environmentName(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String name = unaccented.replaceAll("[^A-Za-z0-9._+@-]+", "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("^[.-]+|-+$", "");
        if (name.length() > MAX_LENGTH) {
            name = name.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return name.isEmpty() ? FALLBACK : name;
    }

    /** @throws ExportException naming what is wrong with {@code name} (shown in full: it is not a secret) */
    public static String check(String name) throws ExportException {
        if (name == null || name.isEmpty()) {
            throw new ExportException(Message.of("export.name.empty"));
        }
        if (name.length() > MAX_LENGTH) {
            throw new ExportException(Message.of("export.name.tooLong", Integer.toString(MAX_LENGTH)));
        }
        if (!VALID.matcher(name).matches()) {
            throw new ExportException(Message.of("export.name.invalid", CommentText.sanitize(name)));
        }
        return name;
    }
}
