package io.github.cloudmckeys.render.script;

import io.github.cloudmckeys.credentials.IdentityVersion;
import io.github.cloudmckeys.portal.ServiceEntry;
import io.github.cloudmckeys.render.ExportText;
import io.github.cloudmckeys.render.FileOrigin;
import io.github.cloudmckeys.render.script.OpenRcPlan.Assignment;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a plan in one dialect, in the same order for all: header comments, the
 * variables removed, the variables set, then the password prompt if any.
 */
final class ScriptRenderer {
    private ScriptRenderer() {
    }

    static String render(OpenRcPlan plan, ServiceEntry service, ExportFormat format, ExportOptions options,
            DialectSyntax syntax, ExportText text) {
        List<String> body = new ArrayList<>();
        body.add("");
        body.add(syntax.comment(text.get("script.removeOverrides")));
        body.addAll(syntax.unset(plan.unset()));
        body.add("");
        for (Assignment assignment : plan.assignments()) {
            if (!assignment.note().isEmpty()) {
                body.add(syntax.comment(assignment.note()));
            }
            body.add(syntax.set(assignment.variable(), assignment.value()));
        }
        plan.prompt().ifPresent(prompt -> {
            body.add("");
            body.add(syntax.comment(text.get("script.askPassword")));
            body.addAll(syntax.askPassword(prompt));
        });

        List<String> header = header(plan, service, format, options, text);
        boolean nonAscii = !isAscii(header) || !isAscii(body);
        header.addAll(syntax.notes(plan, nonAscii));

        List<String> lines = new ArrayList<>(syntax.preamble(nonAscii));
        header.forEach(line -> lines.add(syntax.comment(line)));
        lines.addAll(body);
        String separator = syntax.lineSeparator();
        return syntax.finish(String.join(separator, lines) + separator, nonAscii);
    }

    /** The header's comment lines, sanitized, without the dialect's comment marker. */
    static List<String> header(OpenRcPlan plan, ServiceEntry service, ExportFormat format, ExportOptions options,
            ExportText text) {
        List<String> header = new ArrayList<>();
        String mode = text.get(plan.passwordMode() == PasswordMode.EMBED
                ? "script.passwordEmbedded" : "script.passwordAsked");
        header.add(text.get(plan.version() == IdentityVersion.V3 ? "script.title.v3" : "script.title.v2", mode));
        header.addAll(FileOrigin.lines(service, options.portalHost(), options.generatedAt(), text));
        header.add(text.get("header.use", format.dialect().usage(options.fileName(), text)));
        if (plan.version() == IdentityVersion.V2_0) {
            header.add(text.get("script.preferV3"));
        }
        header.addAll(plan.notes());
        return header;
    }

    private static boolean isAscii(List<String> lines) {
        for (String line : lines) {
            for (int i = 0; i < line.length(); i++) {
                if (line.charAt(i) > 0x7F) {
                    return false;
                }
            }
        }
        return true;
    }
}
