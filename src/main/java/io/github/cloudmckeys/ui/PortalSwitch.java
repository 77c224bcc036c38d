package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.keystone.KeystoneClient;
import io.github.cloudmckeys.logging.LiveSecrets;
import io.github.cloudmckeys.session.ConnectedPortal;
import io.github.cloudmckeys.session.PortalToOpen;
import io.github.cloudmckeys.portal.Environment;
import io.github.cloudmckeys.portal.PagedList;
import io.github.cloudmckeys.portal.ServiceEntries;
import io.github.cloudmckeys.portal.ServiceEntry;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The open portal, and switching to another: the new one is opened and its services
 * listed in the background, and only once that worked does it replace the old one
 * (closed in the background). A failed switch leaves the old portal in place.
 */
final class PortalSwitch {
    private final MainViewModel model;
    private final BackgroundRunner runner;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper demo = new ReadOnlyBooleanWrapper(false);
    private ConnectedPortal connection;
    /** Bumped by every switch: an answer carrying an older number is stale. */
    private int generation;

    PortalSwitch(MainViewModel model, BackgroundRunner runner) {
        this.model = model;
        this.runner = runner;
    }

    /**
     * Opens {@code target}; once it is the current portal, {@code onSwitched} runs and the
     * services of the first page are listed, the status saying when more are on their way.
     * The other pages follow in the background and replace the list once it is whole; a
     * failure among them says in the banner that the list is incomplete.
     */
    void connect(PortalToOpen target, Runnable onSwitched) {
        Objects.requireNonNull(target, "target");
        int mine = ++generation;
        if (connection == null) {
            show(target); // nothing else to show meanwhile: name what is being opened
        }
        model.setStatus(model.messages().get("window.status.connecting", target.displayName()));
        Callable<Opened> work = () -> {
            ConnectedPortal opened = target.opener().call();
            try {
                return new Opened(opened, opened.api().environmentsPaged());
            } catch (Exception | Error e) {
                opened.close();
                throw e;
            }
        };
        model.inBackground(work, opened -> {
            if (mine != generation) {
                closeInBackground(opened.connection());
                return;
            }
            closeInBackground(connection);
            LiveSecrets.newPortalSession(); // the values shown from the old portal are gone from the screen
            connection = opened.connection();
            show(target);
            onSwitched.run();
            list(opened.environments(), target, mine);
        }, failure -> {
            if (mine == generation) {
                model.fail(failure, () -> connect(target, onSwitched));
            }
        });
    }

    /** Lists what came so far; fetches the rest in the background when the portal announced more. */
    private void list(PagedList<Environment> environments, PortalToOpen target, int mine) {
        List<ServiceEntry> services = ServiceEntries.from(environments.soFar());
        model.catalog().setAll(services);
        if (!environments.complete()) {
            model.setStatus(model.messages().get("window.status.servicesSoFar", services.size(), target.displayName()));
            model.inBackground(environments::rest, whole -> {
                if (mine == generation) {
                    list(whole, target, mine);
                }
            }, failure -> {
                if (mine == generation) {
                    model.fail(failure, () -> connect(target, () -> { }));
                }
            });
            return;
        }
        model.setStatus(services.isEmpty() ? model.messages().get("window.status.noServices")
                : model.messages().get("window.status.services", services.size(), target.displayName()));
    }

    /** The portal to read from; null before the first successful connect. */
    ConnectedPortal current() {
        return connection;
    }

    /** Test credentials' client: the open portal's proxies and trust (the JDK's roots before any portal). */
    KeystoneClient keystone() {
        ConnectedPortal open = connection;
        return open == null ? KeystoneClient.create() : open.keystone();
    }

    /** Closes the portal at once; answers still on their way are dropped. */
    void close() {
        generation++;
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }

    private void show(PortalToOpen target) {
        name.set(target.displayName());
        demo.set(target.demo());
    }

    private void closeInBackground(ConnectedPortal old) {
        if (old != null) {
            runner.run(() -> {
                old.close();
                return null;
            }, done -> { }, failure -> { });
        }
    }

    ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty demoProperty() {
        return demo.getReadOnlyProperty();
    }

    private record Opened(ConnectedPortal connection, PagedList<Environment> environments) { }
}
