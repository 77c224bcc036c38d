package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.session.KeyStoreException;
import io.github.cloudmckeys.session.PortalRegistry;
import io.github.cloudmckeys.session.RememberedPortal;
import picocli.CommandLine.Command;

/** {@code portals}: the remembered portals, one a line: name, endpoint, default marker, whether a key is stored. */
@Command(name = "portals", mixinStandardHelpOptions = true)
final class PortalsCommand extends DeskCommand {

    @Override
    int run() {
        PortalRegistry registry = desk().registry();
        if (registry.portals().isEmpty()) {
            err().println(messages().get("cli.portals.none"));
            return ExitCodes.OK;
        }
        for (RememberedPortal portal : registry.portals()) {
            String key;
            try {
                key = messages().get(desk().keyStore().read(portal).isPresent() ? "cli.portals.keyStored"
                        : "cli.portals.noKey");
            } catch (KeyStoreException e) {
                key = messages().get("cli.portals.keyringUnavailable");
            }
            out().println(String.join("\t", portal.name(), portal.endpoint().toString(),
                    portal.isDefault() ? messages().get("cli.portals.default") : "", key));
        }
        return ExitCodes.OK;
    }
}
