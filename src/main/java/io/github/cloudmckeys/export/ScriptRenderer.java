package io.github.cloudmckeys.export;

import io.github.cloudmckeys.export.OpenRcPlan.Assignment;
import io.github.cloudmckeys.portal.ServiceEntry;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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
            DialectSyntax syntax) {
        List<String> body = new ArrayList<>();
        body.add("");
        body.add(syntax.comment("Remove what could override these credentials or leak into them: an earlier"
                + " openrc, OS_CLOUD, tokens, Swift's ST_*."));
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
            body.add(syntax.comment("Ask for the password, without echoing it when typed on a terminal."));
            body.addAll(syntax.askPassword(prompt));
        });

        List<String> header = header(plan, service, format, options);
        boolean nonAscii = !isAscii(header) || !isAscii(body);
        header.addAll(syntax.notes(plan, nonAscii));

        List<String> lines = new ArrayList<>(syntax.preamble(nonAscii));
        header.forEach(line -> lines.add(syntax.comment(line)));
        lines.addAll(body);
        String separator = syntax.lineSeparator();
        return syntax.finish(String.join(separator, lines) + separator, nonAscii);
    }

    /** The header's comment lines, sanitized, without the dialect's comment marker. */
    static List<String> header(OpenRcPlan plan, ServiceEntry service, ExportFormat format, ExportOptions options) {
        List<String> header = new ArrayList<>();
        String mode = plan.passwordMode() == PasswordMode.EMBED
                ? "password embedded: keep this file private."
                : "password asked for each time this file is loaded (it is not stored in it).";
        header.add(plan.version() == IdentityVersion.V3
                ? "OpenStack credentials for Keystone v3, " + mode
                : "DEPRECATED Keystone v2.0 credentials (v2.0 is gone from current Keystone: removed in the"
                        + " Queens release), " + mode);
        String organization = CommentText.sanitize(service.organizationName()).strip();
        header.add("Service: " + CommentText.sanitize(service.label())
                + (organization.isEmpty() ? "" : " (organization: " + organization + ")"));
        String portal = CommentText.sanitize(options.portalHost()).strip();
        if (!portal.isEmpty()) {
            header.add("Portal: " + portal);
        }
        header.add("Generated: " + DateTimeFormatter.ISO_INSTANT.format(
                options.generatedAt().truncatedTo(ChronoUnit.SECONDS)) + " by CloudMC Keys");
        header.add("Use: " + format.dialect().usage(format.suggestedFileName()));
        if (plan.version() == IdentityVersion.V2_0) {
            header.add("Prefer the Keystone v3 script wherever the cloud still offers v3.");
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
