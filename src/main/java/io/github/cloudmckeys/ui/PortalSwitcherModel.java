package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.session.PortalShelf;
import io.github.cloudmckeys.session.PortalToOpen;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The header's portal switcher without its controls: the remembered portals and the demo portal
 * to switch to, and "Forget this portal" for the remembered one shown (its key deleted from the
 * keyring in the background).
 */
public final class PortalSwitcherModel {
    private final MainViewModel model;
    private final PortalShelf shelf;

    public PortalSwitcherModel(MainViewModel model, PortalShelf shelf) {
        this.model = Objects.requireNonNull(model, "model");
        this.shelf = Objects.requireNonNull(shelf, "shelf");
    }

    /** What to offer now (read each time the menu opens: Connect… or another window may have added one). */
    public List<PortalToOpen> choices() {
        return shelf.choices();
    }

    public void switchTo(PortalToOpen target) {
        model.connect(target);
    }

    /** The remembered portal the window shows, if it shows one. */
    public Optional<String> forgettable() {
        String shown = model.portalNameProperty().get();
        return choices().stream().flatMap(choice -> choice.rememberedAs().stream()).filter(shown::equals).findFirst();
    }

    /** Forgets the portal shown, and deletes its key; the window stays on it for this session. */
    public void forgetShown() {
        forgettable().ifPresent(name -> model.inBackground(shelf.forget(name),
                deleted -> model.setStatus(model.messages().get("window.portal.forgotten", name)),
                failure -> model.fail(failure, null)));
    }
}
