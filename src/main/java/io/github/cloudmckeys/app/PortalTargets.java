package io.github.cloudmckeys.app;

import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.ui.PortalTarget;
import java.nio.file.Path;
import java.util.Optional;

/** The window's view of a {@link PortalChoice}: its name, and a session opened when asked. */
public final class PortalTargets {
    private PortalTargets() {}

    public static PortalTarget of(PortalChoice choice) {
        return of(choice, Messages.english());
    }

    /** The demo portal named in the user's language; a real one by its host. */
    public static PortalTarget of(PortalChoice choice, Messages messages) {
        String name = choice instanceof PortalChoice.Demo ? messages.get("startup.demoPortalName") : choice.displayName();
        return new PortalTarget(name, choice instanceof PortalChoice.Demo, () -> PortalSession.open(choice, messages));
    }

    /** As {@link #of(PortalChoice, Messages)}, the session over {@code network} with the portal's {@code caFile}. */
    static PortalTarget of(PortalChoice choice, Messages messages, WindowNetwork network, Optional<Path> caFile) {
        PortalTarget target = of(choice, messages);
        return new PortalTarget(target.displayName(), target.demo(),
                () -> PortalSession.open(choice, messages, network.open(caFile)));
    }
}
