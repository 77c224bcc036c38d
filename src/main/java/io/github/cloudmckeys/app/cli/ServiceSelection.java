package io.github.cloudmckeys.app.cli;

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

    static ServiceEntry select(List<ServiceEntry> services, String query) throws CliFailure {
        Resolution resolution = new ServiceMatcher(services).resolve(query);
        if (resolution instanceof Resolution.Found found) {
            return found.entry();
        }
        if (resolution instanceof Resolution.Ambiguous ambiguous) {
            throw new CliFailure(ExitCodes.SERVICE_NOT_FOUND,
                    "\"" + query.strip() + "\" matches " + ambiguous.candidates().size()
                            + " services; name one of them:" + listing(ambiguous.candidates()));
        }
        List<ServiceEntry> closest = ((Resolution.NotFound) resolution).closest();
        String hint = closest.isEmpty()
                ? " Run `cloudmc-keys list` to see your services."
                : " Did you mean:" + listing(closest);
        throw new CliFailure(ExitCodes.SERVICE_NOT_FOUND, "No service matches \"" + query.strip() + "\"." + hint);
    }

    private static String listing(List<ServiceEntry> entries) {
        StringBuilder text = new StringBuilder();
        entries.stream().limit(MAX_LISTED).forEach(e -> text.append(System.lineSeparator()).append("  ")
                .append(e.label()).append(e.organizationName() == null ? "" : "  (" + e.organizationName() + ")"));
        if (entries.size() > MAX_LISTED) {
            text.append(System.lineSeparator()).append("  … and ").append(entries.size() - MAX_LISTED).append(" more");
        }
        return text.toString();
    }
}
