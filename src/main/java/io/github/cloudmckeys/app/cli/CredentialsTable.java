package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.credentials.CredentialField;
import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.logging.SecretRedactor;

/** The credentials as a two-column text table for a terminal: the labels (in the user's language), the values. */
final class CredentialsTable {
    private CredentialsTable() {}

    static String render(ServiceCredentials credentials, boolean reveal, Messages messages) {
        String nl = System.lineSeparator();
        StringBuilder text = new StringBuilder();
        text.append(credentials.service().label());
        if (credentials.service().organizationName() != null) {
            text.append("  (").append(credentials.service().organizationName()).append(')');
        }
        text.append(nl);
        if (credentials.fields().isEmpty()) {
            return text.append(messages.get("cli.show.noKeys")).append(nl).toString();
        }
        int width = credentials.fields().stream().mapToInt(f -> displayWidth(f.label())).max().orElse(0);
        for (CredentialField field : credentials.fields()) {
            String value = field.isEmpty() ? messages.get("cli.show.empty")
                    : field.sensitive() && !reveal ? SecretRedactor.MASK : printable(field.value());
            text.append("  ").append(field.label())
                    .append(" ".repeat(width - displayWidth(field.label()) + 2))
                    .append(value).append(nl);
        }
        return text.toString();
    }

    /** Makes control characters visible, so a value cannot rewrite the terminal. Display only. */
    static String printable(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            switch (cp) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(cp)) {
                        out.append(String.format("\\u%04x", cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }

    private static int displayWidth(String s) {
        return s.codePointCount(0, s.length());
    }
}
