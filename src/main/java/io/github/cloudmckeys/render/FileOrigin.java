package io.github.cloudmckeys.render;

import io.github.cloudmckeys.portal.ServiceEntry;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines that say where a generated file comes from (the service and organization, the
 * portal if known, when): the same in every script and configuration file, sanitized,
 * without a comment marker.
 */
public final class FileOrigin {
    private FileOrigin() {
    }

    /** Where the file comes from: the service (and organization), the portal if known, when and by what. */
    public static List<String> lines(ServiceEntry service, String portalHost, Instant generatedAt, ExportText text) {
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
}
