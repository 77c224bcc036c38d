package io.github.cloudmckeys.ui.connect;

import io.github.cloudmckeys.session.EnvironmentKey;
import io.github.cloudmckeys.session.PortalAccess;
import io.github.cloudmckeys.i18n.Language;
import io.github.cloudmckeys.i18n.Localized;
import io.github.cloudmckeys.i18n.Messages;
import io.github.cloudmckeys.logging.SecretRedactor;
import io.github.cloudmckeys.portal.ApiKey;
import io.github.cloudmckeys.portal.PortalApi;
import io.github.cloudmckeys.portal.PortalEndpoint;
import io.github.cloudmckeys.portal.PortalException;
import io.github.cloudmckeys.portal.PortalUser;
import io.github.cloudmckeys.ui.BackgroundRunner;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Connect dialog without its controls: the endpoint URL, the API key, "Remember
 * this portal", and a test of the pair against {@code GET /users}.
 *
 * <p>The key used is the one typed; when the field is empty, the key entered earlier in
 * this session (only while the endpoint is still the session's portal, so that it never
 * travels to another host), else the key from {@value PortalAccess#API_KEY_VARIABLE} when it
 * belongs to that endpoint (see {@link EnvironmentKey}).
 * No message this model shows ever holds a key: they come from {@link PortalEndpoint} and
 * {@link PortalException}, which never quote one, and are redacted on top of that.
 */
public final class ConnectViewModel {

    private final Messages messages;
    private final Optional<PortalEndpoint> sessionEndpoint;
    private final Optional<ApiKey> sessionKey;
    private final EnvironmentKey environmentKey;
    private final PortalTest portalTest;
    private final BackgroundRunner runner;

    private final StringProperty endpoint = new SimpleStringProperty(this, "endpoint", "");
    private final StringProperty apiKey = new SimpleStringProperty(this, "apiKey", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final BooleanProperty remember = new SimpleBooleanProperty(this, "remember", true);
    private final StringProperty caFile = new SimpleStringProperty(this, "caFile", "");
    private final ReadOnlyStringWrapper testResult = new ReadOnlyStringWrapper(this, "testResult", "");
    private final ReadOnlyBooleanWrapper testSucceeded = new ReadOnlyBooleanWrapper(this, "testSucceeded", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyBooleanWrapper canConnect = new ReadOnlyBooleanWrapper(this, "canConnect", false);
    private final ReadOnlyStringWrapper validationMessage = new ReadOnlyStringWrapper(this, "validationMessage", "");
    private final ReadOnlyStringWrapper keyPrompt = new ReadOnlyStringWrapper(this, "keyPrompt", "");
    private final ReadOnlyStringWrapper keyHint = new ReadOnlyStringWrapper(this, "keyHint", "");

    /** The test whose answer is awaited; 0 when none. Touched on the UI thread only. */
    private long runningTest;
    private long lastTest;

    /** In English; see {@link #ConnectViewModel(String, Optional, Optional, Function, BackgroundRunner, Messages)}. */
    public ConnectViewModel(String initialEndpoint, Optional<ApiKey> sessionKey, Optional<ApiKey> environmentKey,
                            Function<PortalAccess.Remote, PortalApi> apiFactory, BackgroundRunner runner) {
        this(initialEndpoint, sessionKey, environmentKey, apiFactory, runner, Messages.of(Language.ENGLISH));
    }

    /**
     * @param initialEndpoint the endpoint to show (the current or remembered portal), or null
     * @param sessionKey      the key entered earlier in this session, for {@code initialEndpoint} only
     * @param environmentKey  the key from {@value PortalAccess#API_KEY_VARIABLE}, if set
     * @param apiFactory      the client for a portal; called off the UI thread
     * @param runner          runs the test off the UI thread
     * @param messages        what the dialog says, in the user's language
     */
    public ConnectViewModel(String initialEndpoint, Optional<ApiKey> sessionKey, Optional<ApiKey> environmentKey,
                            Function<PortalAccess.Remote, PortalApi> apiFactory, BackgroundRunner runner,
                            Messages messages) {
        this(initialEndpoint, sessionKey, new EnvironmentKey(environmentKey, Optional.empty()), apiFactory, runner,
                messages);
    }

    /**
     * @param environmentKey {@value PortalAccess#API_KEY_VARIABLE}, offered only for the endpoint it belongs to
     */
    public ConnectViewModel(String initialEndpoint, Optional<ApiKey> sessionKey, EnvironmentKey environmentKey,
                            Function<PortalAccess.Remote, PortalApi> apiFactory, BackgroundRunner runner,
                            Messages messages) {
        this(initialEndpoint, "", sessionKey, environmentKey,
                request -> {
                    PortalApi api = apiFactory.apply(request.portal());
                    try {
                        return api.currentUser();
                    } finally {
                        api.close(); // the key typed here is not kept: only the open portal's are
                    }
                }, runner, messages);
        Objects.requireNonNull(apiFactory, "apiFactory");
    }

    /** The dialog of a window: {@code initialCaFile} goes with {@code initialEndpoint}, {@code test} uses the field's. */
    public static ConnectViewModel withCaFile(String initialEndpoint, String initialCaFile,
            Optional<ApiKey> sessionKey, EnvironmentKey environmentKey, PortalTest test, BackgroundRunner runner,
            Messages messages) {
        return new ConnectViewModel(initialEndpoint, initialCaFile, sessionKey, environmentKey, test, runner, messages);
    }

    private ConnectViewModel(String initialEndpoint, String initialCaFile, Optional<ApiKey> sessionKey,
                             EnvironmentKey environmentKey, PortalTest test, BackgroundRunner runner,
                             Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.sessionEndpoint = parse(initialEndpoint);
        this.sessionKey = Objects.requireNonNull(sessionKey, "sessionKey");
        this.environmentKey = Objects.requireNonNull(environmentKey, "environmentKey");
        this.portalTest = Objects.requireNonNull(test, "test");
        caFile.set(initialCaFile == null ? "" : initialCaFile.strip());
        this.runner = Objects.requireNonNull(runner, "runner");
        endpoint.set(initialEndpoint == null ? "" : initialEndpoint.strip());
        endpoint.addListener((observable, before, after) -> fieldsChanged());
        apiKey.addListener((observable, before, after) -> fieldsChanged());
        caFile.addListener((observable, before, after) -> fieldsChanged());
        update();
    }

    /** The dialog's texts, in the user's language. */
    public Messages messages() {
        return messages;
    }

    public StringProperty endpointProperty() {
        return endpoint;
    }

    /** The key as typed; empty means the session's or the environment's key (see {@link #keyHintProperty()}). */
    public StringProperty apiKeyProperty() {
        return apiKey;
    }

    /** What to call the portal when it is remembered; empty for its host. */
    public StringProperty nameProperty() {
        return name;
    }

    /** Whether the window remembers the portal for the next run: its key in the OS keyring. Checked at first. */
    public BooleanProperty rememberProperty() {
        return remember;
    }

    /** The CA file that makes the portal's certificate trusted, as typed; empty for none. */
    public StringProperty caFileProperty() {
        return caFile;
    }

    /** "Signed in as …", the portal's refusal in one sentence, or empty before a test. */
    public ReadOnlyStringProperty testResultProperty() {
        return testResult.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty testSucceededProperty() {
        return testSucceeded.getReadOnlyProperty();
    }

    /** True while a test waits for the portal. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True when the endpoint is usable and a key is at hand; a test is not required. */
    public ReadOnlyBooleanProperty canConnectProperty() {
        return canConnect.getReadOnlyProperty();
    }

    /** Why Connect is unavailable, in one sentence, or empty. */
    public ReadOnlyStringProperty validationMessageProperty() {
        return validationMessage.getReadOnlyProperty();
    }

    /** Short text for the empty key field: where the key comes from when none is typed. */
    public ReadOnlyStringProperty keyPromptProperty() {
        return keyPrompt.getReadOnlyProperty();
    }

    /** A sentence under the key field: what an empty field means, and that the key is never saved. */
    public ReadOnlyStringProperty keyHintProperty() {
        return keyHint.getReadOnlyProperty();
    }

    /** True when {@value PortalAccess#API_KEY_VARIABLE} holds a key for the endpoint typed, so the field may stay empty. */
    public boolean keyFromEnvironment() {
        return parse(endpoint.get()).flatMap(environmentKey::keyFor).isPresent();
    }

    /** True when the endpoint is usable and only a key is lacking: the key field is the one to fill. */
    public boolean onlyTheKeyIsMissing() {
        Optional<PortalEndpoint> parsed = parse(endpoint.get());
        return parsed.isPresent() && parsed.flatMap(this::key).isEmpty();
    }

    /** Asks the portal who the key belongs to. A result for fields changed meanwhile is ignored. */
    public void test() {
        if (busy.get()) {
            return;
        }
        Optional<ConnectRequest> request = request();
        if (request.isEmpty()) {
            testSucceeded.set(false);
            testResult.set(validationMessage.get());
            return;
        }
        ConnectRequest asked = request.get();
        long test = ++lastTest;
        runningTest = test;
        busy.set(true);
        testSucceeded.set(false);
        testResult.set(messages.get("connect.testing"));
        runner.run(() -> portalTest.whoAmI(asked),
                user -> finish(test, true, signedIn(user)),
                failure -> finish(test, false, sentence(failure)));
    }

    /** The portal and key to connect with, when the fields give a usable pair. */
    public Optional<ConnectRequest> request() {
        return parse(endpoint.get()).flatMap(parsed -> key(parsed)
                .map(key -> new ConnectRequest(new PortalAccess.Remote(parsed, key), remember.get(), name.get(),
                        ConnectRequest.caFile(caFile.get()))));
    }

    private Optional<ApiKey> key(PortalEndpoint parsed) {
        String typed = apiKey.get();
        if (typed != null && !typed.isBlank()) {
            return Optional.of(ApiKey.of(typed));
        }
        if (sessionKey.isPresent() && sessionEndpoint.equals(Optional.of(parsed))) {
            return sessionKey;
        }
        return environmentKey.keyFor(parsed); // never to another origin than CLOUDMC_ENDPOINT's
    }

    private void finish(long test, boolean succeeded, String message) {
        if (test != runningTest) {
            return; // the fields changed since: this answer is about another portal or key
        }
        runningTest = 0;
        busy.set(false);
        testSucceeded.set(succeeded);
        testResult.set(redact(message));
    }

    private void fieldsChanged() {
        runningTest = 0;
        busy.set(false);
        testSucceeded.set(false);
        testResult.set("");
        update();
    }

    private void update() {
        Optional<PortalEndpoint> parsed = Optional.empty();
        String problem = "";
        try {
            parsed = Optional.of(PortalEndpoint.parse(endpoint.get()));
        } catch (PortalException e) {
            problem = sentence(e);
        }
        boolean sessionKeyApplies = sessionKey.isPresent() && parsed.isPresent() && sessionEndpoint.equals(parsed);
        if (sessionKeyApplies) {
            keyPrompt.set(messages.get("connect.key.prompt.session"));
            keyHint.set(messages.get("connect.key.hint.session"));
        } else if (parsed.flatMap(environmentKey::keyFor).isPresent()) {
            keyPrompt.set(messages.get("connect.key.prompt.environment", PortalAccess.API_KEY_VARIABLE));
            keyHint.set(messages.get("connect.key.hint.environment", PortalAccess.API_KEY_VARIABLE));
        } else {
            keyPrompt.set(messages.get("connect.key.prompt.paste"));
            keyHint.set(messages.get("connect.key.hint.paste"));
        }
        if (problem.isEmpty() && parsed.flatMap(this::key).isEmpty()) {
            problem = messages.get("connect.noApiKey");
        }
        validationMessage.set(redact(problem));
        canConnect.set(problem.isEmpty());
    }

    private static Optional<PortalEndpoint> parse(String text) {
        try {
            return Optional.of(PortalEndpoint.parse(text));
        } catch (PortalException e) {
            return Optional.empty();
        }
    }

    private String signedIn(PortalUser user) {
        String name = user == null ? "" : user.displayName();
        return name.isBlank() ? messages.get("connect.signedIn") : messages.get("connect.signedInAs", name);
    }

    private String sentence(Exception failure) {
        if (failure instanceof Localized localized) {
            return messages.sentence(localized);
        }
        // Anything else is a bug: say so without its message, which could quote a value.
        return messages.get("connect.test.internalError", failure.getClass().getSimpleName());
    }

    /** Belt and braces: no sentence shows a key, even one pasted into the endpoint field. */
    private String redact(String message) {
        String result = message;
        for (String key : Stream.concat(Stream.of(apiKey.get()),
                Stream.of(sessionKey, environmentKey.key()).flatMap(Optional::stream).map(ApiKey::reveal)).toList()) {
            String secret = key == null ? "" : key.strip();
            if (secret.length() >= 4) {
                result = result.replace(secret, SecretRedactor.MASK);
            }
        }
        return result;
    }
}
