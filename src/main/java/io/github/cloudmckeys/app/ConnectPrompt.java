package io.github.cloudmckeys.app;

import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.portal.ApiKey;
import io.github.cloudmckeys.net.NetSession;
import io.github.cloudmckeys.portal.HttpPortalApi;
import io.github.cloudmckeys.portal.PortalApi;
import io.github.cloudmckeys.portal.PortalUser;
import io.github.cloudmckeys.ui.BackgroundRunner;
import io.github.cloudmckeys.ui.FxDialogService;
import io.github.cloudmckeys.ui.MainView;
import io.github.cloudmckeys.session.EnvironmentKey;
import io.github.cloudmckeys.session.FailureSentences;
import io.github.cloudmckeys.session.PortalToOpen;
import io.github.cloudmckeys.ui.connect.ConnectDialog;
import io.github.cloudmckeys.ui.connect.ConnectRequest;
import io.github.cloudmckeys.ui.connect.ConnectViewModel;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * The Connect… dialog as the window uses it: proposes the portal in use (or the one
 * remembered), keeps the key typed for the rest of the session, and when the user asks to
 * remembers the portal (name and endpoint in the settings, the key in the OS keyring, never
 * in a file; a keyring that cannot take it is said in the banner).
 */
final class ConnectPrompt implements FxDialogService.PortalPrompt {
    private final EnvironmentKey environmentKey;
    private final WindowPortals portals;
    /** Where a key the keyring would not take is said: the window's banner. */
    private Consumer<String> problems = sentence -> { };
    private final BackgroundRunner runner;
    private final Messages messages;
    /** The endpoint the dialog proposes: the last one connected to, else the remembered or configured one. */
    private String endpoint;
    /** The key that goes with {@link #endpoint}, once the user gave one in this session. */
    private Optional<ApiKey> sessionKey = Optional.empty();

    private final WindowNetwork network;
    private final SettingsKeeper settings;
    /** The CA file that goes with {@link #endpoint}, as typed or remembered. */
    private Optional<Path> caFile;

    ConnectPrompt(String initialEndpoint, EnvironmentKey environmentKey, BackgroundRunner runner,
                  WindowPortals portals, SettingsKeeper settings, Messages messages, WindowNetwork network) {
        this.portals = Objects.requireNonNull(portals, "portals");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.endpoint = initialEndpoint == null ? "" : initialEndpoint;
        this.network = Objects.requireNonNull(network, "network");
        this.caFile = WindowNetwork.remembered(settings.current(), this.endpoint);
        this.environmentKey = Objects.requireNonNull(environmentKey, "environmentKey");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    void reportProblemsTo(Consumer<String> reporter) {
        problems = Objects.requireNonNull(reporter, "reporter");
    }

    @Override
    public Optional<PortalToOpen> ask(Window owner) {
        ConnectViewModel model = ConnectViewModel.withCaFile(endpoint, caFile.map(Path::toString).orElse(""),
                sessionKey, environmentKey, this::whoAmI, runner, messages);
        Dialog<ConnectRequest> dialog = ConnectDialog.create(model);
        dialog.initOwner(owner);
        dialog.getDialogPane().getStylesheets().add(0, MainView.STYLESHEET);
        Optional<ConnectRequest> request = dialog.showAndWait();
        request.ifPresent(this::accepted);
        return request.map(chosen -> {
            PortalToOpen target = PortalToOpen.of(chosen.portal(), messages, () -> network.open(chosen.caFile()));
            return chosen.remember()
                    ? new PortalToOpen(chosen.name(), false, target.opener(), Optional.of(chosen.name()))
                    : target;
        });
    }

    /** Test: one client for the one request, closed after it. */
    private PortalUser whoAmI(ConnectRequest request) throws Exception {
        try (NetSession net = network.open(request.caFile())) {
            PortalApi api = HttpPortalApi.create(net.client(), request.portal().endpoint(), request.portal().apiKey());
            try {
                return api.currentUser();
            } finally {
                api.close(); // the key typed here is not kept: only the open portal's are
            }
        }
    }

    private void accepted(ConnectRequest request) {
        endpoint = request.portal().endpoint().toString();
        sessionKey = Optional.of(request.portal().apiKey());
        caFile = request.caFile();
        if (request.remember()) {
            runner.run(portals.remember(request.name(), request.portal().endpoint(), request.portal().apiKey()),
                    stored -> { }, failure -> problems.accept(FailureSentences.of(failure, messages)));
            // The CA file is remembered with the endpoint it was typed for (the legacy single-endpoint field).
            settings.update(saved -> saved.withNetwork(saved.network().withCaFile(request.caFile())));
        }
    }
}
