package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.session.CaFileInExports;
import io.github.cloudmckeys.session.ConnectedPortal;
import io.github.cloudmckeys.credentials.FieldLabels;
import io.github.cloudmckeys.credentials.FieldRoles;
import io.github.cloudmckeys.credentials.RoleTag;
import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.portal.ApiInfo;
import io.github.cloudmckeys.portal.ServiceEntry;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The chosen service's fields, each with its role tag: loaded in the background when a
 * service is picked, made again when the user gives a field a role. An answer that
 * arrives after the user moved on (another service, another portal) is dropped.
 */
final class ShownCredentials {
    private final MainViewModel model;
    private final ExportViewModel export;
    private final BannerModel banner;
    private final RoleChoices roleChoices;
    private final ObservableList<CredentialRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CredentialRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<ServiceEntry> selected = new ReadOnlyObjectWrapper<>();
    /** The service whose credentials are on their way, if any: picking it again does not ask twice. */
    private ServiceEntry loading;
    /** Bumped by every service pick and portal switch: answers carrying an older number are stale. */
    private int generation;
    /** The CA file the shown service's exports name (asked with its credentials, kept for a role change). */
    private CaFileInExports.ForService caFiles = CaFileInExports.ForService.NONE;

    private record Read(ApiInfo info, ServiceCredentials credentials, CaFileInExports.ForService caFiles) {
    }

    ShownCredentials(MainViewModel model, ExportViewModel export, BannerModel banner, FieldRoles roles,
                     FieldLabels labels) {
        this.model = model;
        this.export = export;
        this.banner = banner;
        this.roleChoices = new RoleChoices(model, this, Objects.requireNonNull(roles, "roles"),
                Objects.requireNonNull(labels, "labels"));
    }

    /** Loads the credentials of {@code entry} from {@code from} (nothing when no portal is open). */
    void select(ServiceEntry entry, ConnectedPortal from) {
        Objects.requireNonNull(entry, "entry");
        if (from == null || entry.equals(loading)) {
            return;
        }
        loading = entry;
        int mine = ++generation;
        model.setStatus(model.messages().get("window.status.loading", model.displayText(entry)));
        model.inBackground(() -> {
            ApiInfo info = from.api().apiInfo(entry.connectionId(), entry.environmentId());
            ServiceCredentials credentials = roleChoices.credentials(from, entry, info);
            // Like the command line: the portal's CA file in the exports when it is what makes Keystone trusted.
            return new Read(info, credentials, CaFileInExports.forService(from, credentials));
        }, read -> {
            if (mine != generation) {
                return;
            }
            loading = null;
            caFiles = read.caFiles();
            roleChoices.shown(from, entry, read.info());
            show(read.credentials(), from);
            selected.set(entry);
        }, failure -> {
            if (mine == generation) {
                loading = null;
                model.fail(failure, () -> model.select(entry));
            }
        });
    }

    /** The fields with their role tags, and the exports made from them. */
    void show(ServiceCredentials credentials, ConnectedPortal from) {
        rows.setAll(credentials.fields().stream().map(f -> new CredentialRow(f, RoleTag.of(f, model.messages())))
                .toList());
        export.show(credentials, from.portalHost(), caFiles);
        banner.clear();
        model.setStatus("");
    }

    /** Nothing shown, and answers still on their way dropped: another portal, or the window closing. */
    void clear() {
        generation++;
        loading = null;
        caFiles = CaFileInExports.ForService.NONE;
        rows.clear();
        roleChoices.clear();
        selected.set(null);
    }

    /** The service whose credentials are shown (not one still loading). */
    ReadOnlyObjectProperty<ServiceEntry> selectedServiceProperty() {
        return selected.getReadOnlyProperty();
    }

    ObservableList<CredentialRow> rows() {
        return readOnlyRows;
    }

    RoleChoices roleChoices() {
        return roleChoices;
    }
}
