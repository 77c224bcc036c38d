package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.credentials.CredentialField;
import io.github.cloudmckeys.credentials.FieldRole;
import io.github.cloudmckeys.credentials.RoleTag;
import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.logging.SecretRedactor;
import java.util.ArrayList;
import java.util.List;

/** The credentials as a text table for a terminal: the labels (in the user's language), the values, the roles. */
final class CredentialsTable {
    private CredentialsTable() {}

    /**
     * Label, value and the role tag ({@code OS_USERNAME · inferred}); {@code long} adds the
     * portal's key and the role's name as {@code roles --set} takes it.
     */
    static String render(ServiceCredentials credentials, boolean reveal, boolean longForm, Messages messages) {
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
        List<String[]> rows = new ArrayList<>();
        if (longForm) {
            rows.add(new String[] {messages.get("roles.column.key"), messages.get("roles.column.label"),
                messages.get("roles.column.value"), messages.get("roles.column.role"),
                messages.get("roles.column.feeds"), messages.get("roles.column.source")});
        }
        for (CredentialField field : credentials.fields()) {
            String value = field.isEmpty() ? messages.get("cli.show.empty")
                    : field.sensitive() && !reveal ? SecretRedactor.MASK : printable(field.value());
            rows.add(longForm
                    ? new String[] {printable(field.key()), field.label(), value, orDash(RoleTag.roleName(field)),
                        orDash(field.role().map(FieldRole::feeds).orElse("")),
                        RoleTag.source(field.source(), messages)}
                    : new String[] {field.label(), value, RoleTag.of(field, messages)});
        }
        return text.append(columns(rows)).toString();
    }

    private static String orDash(String text) {
        return text.isEmpty() ? "-" : text;
    }

    /** Rows as aligned columns, two spaces apart, indented by two; no trailing blanks. */
    static String columns(List<String[]> rows) {
        int count = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] widths = new int[count];
        rows.forEach(row -> {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], displayWidth(row[i]));
            }
        });
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - displayWidth(row[i]) + 2));
                }
            }
            text.append(line.toString().stripTrailing()).append(System.lineSeparator());
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
