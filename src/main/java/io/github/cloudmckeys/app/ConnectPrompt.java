package io.github.cloudmckeys.app;

import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.portal.ApiKey;
import io.github.cloudmckeys.portal.HttpPortalApi;
import io.github.cloudmckeys.ui.BackgroundRunner;
import io.github.cloudmckeys.ui.FxDialogService;
import io.github.cloudmckeys.ui.MainView;
import io.github.cloudmckeys.session.PortalToOpen;
import io.github.cloudmckeys.ui.connect.ConnectDialog;
import io.github.cloudmckeys.ui.connect.ConnectRequest;
import io.github.cloudmckeys.ui.connect.ConnectViewModel;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * The Connect… dialog as the window uses it: proposes the portal in use (or the one
 * remembered), keeps the key typed for the rest of the session only, and remembers the
 * endpoint, never the key, when the user asks to.
 */
final class ConnectPrompt implements FxDialogService.PortalPrompt {
    private final Optional<ApiKey> environmentKey;
    private final BackgroundRunner runner;
    private final SettingsKeeper settings;
    private final Messages messages;
    /** The endpoint the dialog proposes: the last one connected to, else the remembered or configured one. */
    private String endpoint;
    /** The key that goes with {@link #endpoint}, once the user gave one in this session. */
    private Optional<ApiKey> sessionKey = Optional.empty();

    ConnectPrompt(String initialEndpoint, Optional<ApiKey> environmentKey, BackgroundRunner runner,
                  SettingsKeeper settings, Messages messages) {
        this.endpoint = initialEndpoint == null ? "" : initialEndpoint;
        this.environmentKey = Objects.requireNonNull(environmentKey, "environmentKey");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public Optional<PortalToOpen> ask(Window owner) {
        ConnectViewModel model = new ConnectViewModel(endpoint, sessionKey, environmentKey,
                remote -> HttpPortalApi.create(remote.endpoint(), remote.apiKey()), runner, messages);
        Dialog<ConnectRequest> dialog = ConnectDialog.create(model);
        dialog.initOwner(owner);
        dialog.getDialogPane().getStylesheets().add(0, MainView.STYLESHEET);
        Optional<ConnectRequest> request = dialog.showAndWait();
        request.ifPresent(this::accepted);
        return request.map(chosen -> PortalToOpen.of(chosen.portal(), messages));
    }

    private void accepted(ConnectRequest request) {
        endpoint = request.portal().endpoint().toString();
        sessionKey = Optional.of(request.portal().apiKey());
        if (request.remember()) {
            settings.update(saved -> saved.withEndpoint(endpoint));
        }
    }
}
