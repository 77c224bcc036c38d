package io.github.cloudmckeys.render.script;

import io.github.cloudmckeys.render.ExportText;
import io.github.cloudmckeys.render.script.OpenRcPlan.Assignment;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The user's CA file in what the exports set ({@code OS_CACERT}, {@code cacert},
 * {@code ca_bundle}), when it is what makes the service's certificate trusted, with a comment
 * saying so: the tools that read the exports (openstack, the AWS CLI) trust only their own
 * roots, and would refuse the certificate the app accepted. Nothing changes without one.
 */
public final class CaCertificate {
    private CaCertificate() {
    }

    /** {@code plan} with {@code OS_CACERT} set right after {@code OS_AUTH_URL}, when {@code caFile} is given. */
    static OpenRcPlan inScript(OpenRcPlan plan, Optional<Path> caFile, ExportText text) {
        if (caFile.isEmpty()) {
            return plan;
        }
        List<Assignment> assignments = new ArrayList<>();
        for (Assignment assignment : plan.assignments()) {
            assignments.add(assignment);
            if (assignment.variable().equals("OS_AUTH_URL")) {
                assignments.add(new Assignment("OS_CACERT", caFile.get().toString(),
                        why("OS_CACERT", assignment.value(), text)));
            }
        }
        return new OpenRcPlan(plan.version(), plan.passwordMode(), plan.notes(), plan.unset(), assignments,
                plan.prompt(), plan.missing());
    }

    /** The comment: {@code setting} names the CA file without which {@code url}'s certificate is not trusted. */
    public static String why(String setting, String url, ExportText text) {
        String host;
        try {
            host = Optional.ofNullable(URI.create(url.strip()).getHost()).orElse(url);
        } catch (IllegalArgumentException e) {
            host = url;
        }
        return text.get("export.caFile.why", setting, host);
    }
}
