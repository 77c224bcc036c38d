package io.github.cloudmckeys.app;

import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.portal.ApiKey;
import io.github.cloudmckeys.portal.HttpPortalApi;
import io.github.cloudmckeys.ui.BackgroundRunner;
import io.github.cloudmckeys.ui.FxDialogService;
import io.github.cloudmckeys.ui.MainView;
import io.github.cloudmckeys.session.EnvironmentKey;
import io.github.cloudmckeys.session.FailureSentences;
import io.github.cloudmckeys.session.PortalToOpen;
import io.github.cloudmckeys.ui.connect.ConnectDialog;
import io.github.cloudmckeys.ui.connect.ConnectRequest;
import io.github.cloudmckeys.ui.connect.ConnectViewModel;
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

    ConnectPrompt(String initialEndpoint, EnvironmentKey environmentKey, BackgroundRunner runner,
                  WindowPortals portals, Messages messages) {
        this.portals = Objects.requireNonNull(portals, "portals");
        this.endpoint = initialEndpoint == null ? "" : initialEndpoint;
        this.environmentKey = Objects.requireNonNull(environmentKey, "environmentKey");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    void reportProblemsTo(Consumer<String> reporter) {
        problems = Objects.requireNonNull(reporter, "reporter");
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
        return request.map(chosen -> chosen.remember()
                ? new PortalToOpen(chosen.name(), false, PortalToOpen.of(chosen.portal(), messages).opener(),
                        Optional.of(chosen.name()))
                : PortalToOpen.of(chosen.portal(), messages));
    }

    private void accepted(ConnectRequest request) {
        endpoint = request.portal().endpoint().toString();
        sessionKey = Optional.of(request.portal().apiKey());
        if (request.remember()) {
            runner.run(portals.remember(request.name(), request.portal().endpoint(), request.portal().apiKey()),
                    stored -> { }, failure -> problems.accept(FailureSentences.of(failure, messages)));
        }
    }
}
