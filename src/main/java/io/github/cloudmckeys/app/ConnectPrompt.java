package io.github.cloudmckeys.app;

import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.portal.ApiKey;
import io.github.cloudmckeys.net.NetSession;
import io.github.cloudmckeys.portal.HttpPortalApi;
import io.github.cloudmckeys.portal.PortalUser;
import io.github.cloudmckeys.ui.BackgroundRunner;
import io.github.cloudmckeys.ui.FxDialogService;
import io.github.cloudmckeys.ui.MainView;
import io.github.cloudmckeys.ui.PortalTarget;
import io.github.cloudmckeys.ui.connect.ConnectDialog;
import io.github.cloudmckeys.ui.connect.ConnectRequest;
import io.github.cloudmckeys.ui.connect.ConnectViewModel;
import java.nio.file.Path;
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

    private final WindowNetwork network;
    /** The CA file that goes with {@link #endpoint}, as typed or remembered. */
    private Optional<Path> caFile;

    ConnectPrompt(String initialEndpoint, Optional<ApiKey> environmentKey, BackgroundRunner runner,
                  SettingsKeeper settings, Messages messages, WindowNetwork network) {
        this.endpoint = initialEndpoint == null ? "" : initialEndpoint;
        this.network = Objects.requireNonNull(network, "network");
        this.caFile = WindowNetwork.remembered(settings.current(), this.endpoint);
        this.environmentKey = Objects.requireNonNull(environmentKey, "environmentKey");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public Optional<PortalTarget> ask(Window owner) {
        ConnectViewModel model = ConnectViewModel.withCaFile(endpoint, caFile.map(Path::toString).orElse(""),
                sessionKey, environmentKey, this::whoAmI, runner, messages);
        Dialog<ConnectRequest> dialog = ConnectDialog.create(model);
        dialog.initOwner(owner);
        dialog.getDialogPane().getStylesheets().add(0, MainView.STYLESHEET);
        Optional<ConnectRequest> request = dialog.showAndWait();
        request.ifPresent(this::accepted);
        return request.map(chosen -> PortalTargets.of(chosen.portal(), messages, network, chosen.caFile()));
    }

    /** Test: one client for the one request, closed after it. */
    private PortalUser whoAmI(ConnectRequest request) throws Exception {
        try (NetSession net = network.open(request.caFile())) {
            return HttpPortalApi.create(net.client(), request.portal().endpoint(), request.portal().apiKey())
                    .currentUser();
        }
    }

    private void accepted(ConnectRequest request) {
        endpoint = request.portal().endpoint().toString();
        sessionKey = Optional.of(request.portal().apiKey());
        caFile = request.caFile();
        if (request.remember()) {
            settings.update(saved -> saved.withEndpoint(endpoint)
                    .withNetwork(saved.network().withCaFile(request.caFile())));
        }
    }
}
