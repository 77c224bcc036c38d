package io.github.cloudmckeys.export;

import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.portal.ServiceEntry;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The header comment lines every configuration file and S3 script starts with, sanitized, without a marker. */
final class ConfigHeader {
    private ConfigHeader() {
    }

    /**
     * @param title what the file is, first line
     * @param use how to use it, e.g. {@code openstack --os-cloud ccontini token issue}
     * @param notes further lines (what is missing, where a default came from), already sanitized
     */
    static List<String> lines(ServiceCredentials credentials, ConfigOptions options, ExportText text, String title,
            String use, List<String> notes) {
        List<String> header = new ArrayList<>();
        header.add(title);
        header.addAll(origin(credentials.service(), options.portalHost(), options.generatedAt(), text));
        header.add(text.get("header.use", use));
        header.addAll(notes);
        return header;
    }

    /** Where the file comes from: the service (and organization), the portal if known, when and by what. */
    static List<String> origin(ServiceEntry service, String portalHost, Instant generatedAt, ExportText text) {
        List<String> lines = new ArrayList<>();
        String label = CommentText.sanitize(service.label());
        String organization = CommentText.sanitize(service.organizationName()).strip();
        lines.add(organization.isEmpty() ? text.get("header.service", label)
                : text.get("header.serviceInOrganization", label, organization));
        String portal = CommentText.sanitize(portalHost).strip();
        if (!portal.isEmpty()) {
            lines.add(text.get("header.portal", portal));
        }
        lines.add(text.get("header.generated",
                DateTimeFormatter.ISO_INSTANT.format(generatedAt.truncatedTo(ChronoUnit.SECONDS))));
        return lines;
    }

    /** The lines as {@code #} comments, one per line, each ending with a newline. */
    static String hashComments(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line.isEmpty() ? "#" : "# " + line).append('\n');
        }
        return out.toString();
    }
}
