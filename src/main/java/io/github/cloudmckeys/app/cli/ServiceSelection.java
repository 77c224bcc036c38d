package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.portal.PortalApi;
import io.github.cloudmckeys.portal.PortalException;
import io.github.cloudmckeys.portal.ServiceEntries;
import io.github.cloudmckeys.portal.ServiceEntry;
import io.github.cloudmckeys.search.Resolution;
import io.github.cloudmckeys.search.ServiceMatcher;
import java.util.List;

/** Finds the one service {@code --service TEXT} means, the way the search field does. */
final class ServiceSelection {
    private static final int MAX_LISTED = 20;

    private ServiceSelection() {}

    static List<ServiceEntry> services(PortalApi api) throws CliFailure {
        try {
            return ServiceEntries.from(api.environments());
        } catch (PortalException e) {
            throw CliFailure.of(e);
        }
    }

    static ServiceEntry select(List<ServiceEntry> services, String query, Messages messages) throws CliFailure {
        Resolution resolution = new ServiceMatcher(services).resolve(query);
        if (resolution instanceof Resolution.Found found) {
            return found.entry();
        }
        if (resolution instanceof Resolution.Ambiguous ambiguous) {
            throw new CliFailure(ExitCodes.SERVICE_NOT_FOUND, Message.of("cli.service.ambiguous", query.strip(),
                    ambiguous.candidates().size(), listing(ambiguous.candidates(), messages)));
        }
        List<ServiceEntry> closest = ((Resolution.NotFound) resolution).closest();
        throw new CliFailure(ExitCodes.SERVICE_NOT_FOUND, closest.isEmpty()
                ? Message.of("cli.service.notFound", query.strip())
                : Message.of("cli.service.notFoundClosest", query.strip(), listing(closest, messages)));
    }

    /** The services a line each, "… and 3 more" past {@value #MAX_LISTED}. */
    private static String listing(List<ServiceEntry> entries, Messages messages) {
        StringBuilder text = new StringBuilder();
        entries.stream().limit(MAX_LISTED).forEach(e -> text.append(System.lineSeparator()).append("  ")
                .append(e.label()).append(e.organizationName() == null ? "" : "  (" + e.organizationName() + ")"));
        if (entries.size() > MAX_LISTED) {
            text.append(System.lineSeparator()).append("  ")
                    .append(messages.get("cli.service.more", entries.size() - MAX_LISTED));
        }
        return text.toString();
    }
}
