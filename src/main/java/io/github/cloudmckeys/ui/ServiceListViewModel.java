package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.portal.ServiceEntry;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The services of the connected portal, loaded in the background. Knows nothing
 * of controls: the view binds to its properties.
 */
public final class ServiceListViewModel {
    private final Callable<List<ServiceEntry>> loader;
    private final BackgroundRunner runner;
    private final ObservableList<ServiceEntry> services = FXCollections.observableArrayList();
    private final ObservableList<ServiceEntry> readOnlyServices = FXCollections.unmodifiableObservableList(services);
    private final ReadOnlyStringWrapper portalName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    /**
     * @param loader opens the portal if needed and returns its services; runs off the UI thread
     */
    public ServiceListViewModel(Callable<List<ServiceEntry>> loader, BackgroundRunner runner) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /** Loads (or reloads) the services; the last good list stays while loading or after a failure. */
    public void load() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        status.set("Loading services…");
        runner.run(loader, loaded -> {
            busy.set(false);
            services.setAll(loaded);
            status.set(loaded.isEmpty()
                    ? "This portal lists no services for you."
                    : loaded.size() + (loaded.size() == 1 ? " service" : " services"));
        }, failure -> {
            busy.set(false);
            status.set(UserMessages.sentence(failure));
        });
    }

    public void setPortalName(String name) {
        portalName.set(name);
    }

    public ObservableList<ServiceEntry> services() {
        return readOnlyServices;
    }

    public ReadOnlyStringProperty portalNameProperty() {
        return portalName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
