package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.i18n.Message;
import io.github.cloudmckeys.session.CommandPortal;
import io.github.cloudmckeys.session.KeyStoreException;
import io.github.cloudmckeys.session.PortalAccess;
import io.github.cloudmckeys.session.PortalRegistry;
import io.github.cloudmckeys.session.RememberedPortal;
import picocli.CommandLine.Command;

/**
 * {@code logout [--portal NAME]}: deletes the portal's key from the OS keyring and forgets the
 * portal (the default one when none is named). When the keyring cannot be reached the portal
 * is forgotten all the same, and the command says that its key may still be there.
 */
@Command(name = "logout", mixinStandardHelpOptions = true)
final class LogoutCommand extends DeskCommand {

    @Override
    int run() throws CliFailure {
        PortalRegistry registry = desk().registry();
        RememberedPortal portal;
        if (parent.portalName != null) {
            try {
                portal = CommandPortal.named(registry, parent.portalName);
            } catch (PortalAccess.ChoiceException e) {
                if (registry.isUnusable(parent.portalName)) { // nothing to delete a key for: forget the entry
                    desk().update(settings -> registry.forget(parent.portalName).applyTo(settings));
                    err().println(messages().get("cli.logout.doneNoKey", parent.portalName.strip()));
                    return ExitCodes.OK;
                }
                throw CliFailure.of(ExitCodes.SERVICE_NOT_FOUND, e);
            }
        } else {
            portal = registry.defaultPortal().orElseThrow(() ->
                    new CliFailure(ExitCodes.USAGE, Message.of("registry.noPortals")));
        }
        boolean deleted;
        int code = ExitCodes.OK;
        try {
            deleted = desk().keyStore().delete(portal);
        } catch (KeyStoreException e) {
            err().println(messages().sentence(e));
            deleted = false;
            code = ExitCodes.EXPORT_FAILED;
        }
        String name = portal.name();
        desk().update(settings -> PortalRegistry.from(settings).forget(name).applyTo(settings));
        err().println(messages().get(deleted ? "cli.logout.done" : "cli.logout.doneNoKey", name));
        return code;
    }
}
