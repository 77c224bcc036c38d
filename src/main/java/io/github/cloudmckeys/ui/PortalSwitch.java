package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.session.ConnectedPortal;
import io.github.cloudmckeys.session.PortalToOpen;
import io.github.cloudmckeys.keystone.KeystoneClient;
import io.github.cloudmckeys.logging.LiveSecrets;
import io.github.cloudmckeys.portal.ServiceEntries;
import io.github.cloudmckeys.portal.ServiceEntry;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
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

    /** Opens {@code target}; {@code onSwitched} gets its services once it is the current portal. */
    void connect(PortalToOpen target, Consumer<List<ServiceEntry>> onSwitched) {
        Objects.requireNonNull(target, "target");
        int mine = ++generation;
        if (connection == null) {
            show(target); // nothing else to show meanwhile: name what is being opened
        }
        model.setStatus(model.messages().get("window.status.connecting", target.displayName()));
        Callable<Opened> work = () -> {
            ConnectedPortal opened = target.opener().call();
            try {
                return new Opened(opened, ServiceEntries.from(opened.api().environments()));
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
            onSwitched.accept(opened.services());
        }, failure -> {
            if (mine == generation) {
                model.fail(failure, () -> connect(target, onSwitched));
            }
        });
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

    private record Opened(ConnectedPortal connection, List<ServiceEntry> services) { }
}
