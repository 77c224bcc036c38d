package io.github.cloudmckeys.app;

import io.github.cloudmckeys.session.PortalAccess;
import static io.github.cloudmckeys.app.LeakCheckPortal.API_KEY;
import static io.github.cloudmckeys.app.LeakCheckPortal.PASSWORD;
import static io.github.cloudmckeys.app.LeakCheckPortal.S3_SECRET;
import static io.github.cloudmckeys.app.LeakCheckPortal.WRONG_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudmckeys.app.LeakCheckPortal.Mode;
import io.github.cloudmckeys.app.cli.CommandLineApp;
import io.github.cloudmckeys.credentials.FieldLabels;
import io.github.cloudmckeys.credentials.FieldRoles;
import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.portal.ApiKey;
import io.github.cloudmckeys.portal.HttpPortalApi;
import io.github.cloudmckeys.portal.PortalApi;
import io.github.cloudmckeys.portal.PortalEndpoint;
import io.github.cloudmckeys.portal.PortalException;
import io.github.cloudmckeys.portal.ServiceEntries;
import io.github.cloudmckeys.portal.ServiceEntry;
import io.github.cloudmckeys.render.script.ExportFormat;
import io.github.cloudmckeys.render.script.ExportOptions;
import io.github.cloudmckeys.render.script.PasswordMode;
import io.github.cloudmckeys.render.script.ScriptExporter;
import io.github.cloudmckeys.ui.BackgroundRunner;
import io.github.cloudmckeys.ui.ClipboardService;
import io.github.cloudmckeys.ui.CredentialRow;
import io.github.cloudmckeys.ui.DialogService;
import io.github.cloudmckeys.ui.MainViewModel;
import io.github.cloudmckeys.session.PortalToOpen;
import io.github.cloudmckeys.ui.SaveFileRequest;
import io.github.cloudmckeys.ui.connect.ConnectViewModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Known secrets (an API key, a wrong API key, a password, an S3 secret key) seeded through
 * every path: the command line, the window's flows, portals that echo secrets in their
 * errors, saves that fail. Every log record at every level, the app's log output, stdout,
 * stderr, every sentence shown and every exception's text is searched: not one hit. What
 * shows a secret on purpose (show --reveal, export to stdout, the saved file, the
 * clipboard) is checked to hold it, which proves the secrets really went through.
 */
class NoSecretInAnyOutputTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-04T05:06:07Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private LeakCheckPortal portal;
    private OutputSearch search;

    @BeforeEach
    void start() throws Exception {
        portal = LeakCheckPortal.start(dir);
        search = new OutputSearch(LeakCheckPortal.SECRETS);
    }

    @AfterEach
    void stop() {
        search.close();
        portal.close();
    }

    private record Run(int code, String out, String err) {}

    private Run cli(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLineApp.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        Run run = new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        search.add("stderr of " + String.join(" ", args), run.err());
        return run;
    }

    private Map<String, String> env(String key) {
        return Map.of("CLOUDMC_ENDPOINT", portal.endpoint(), "CLOUDMC_API_KEY", key);
    }

    @Test
    void theCommandLine() throws Exception {
        Map<String, String> env = env(API_KEY);
        Run list = cli(env, "list", "--long");
        search.add("list", list.out());
        Run show = cli(env, "show", "--service", "ccontini");
        search.add("show", show.out());
        assertThat(show.out()).contains("Password              ********");

        // On purpose: --reveal and an export to stdout print the secrets (stdout only).
        assertThat(cli(env, "show", "--service", "ccontini", "--reveal").out()).contains(PASSWORD, S3_SECRET);
        assertThat(cli(env, "export", "--service", "ccontini").out()).contains("OS_PASSWORD=");
        search.add("export --prompt-password", cli(env, "export", "--service", "ccontini", "--prompt-password").out());

        Path file = dir.resolve("openrc.sh");
        Run saved = cli(env, "export", "--service", "ccontini", "-o", file.toString());
        search.add("export -o", saved.out());
        assertThat(Files.readString(file)).contains("OS_PASSWORD=");
        assertThat(cli(env, "export", "--service", "ccontini", "-o", file.toString()).code()).isEqualTo(1);
        Files.createSymbolicLink(dir.resolve("link.sh"), file);
        assertThat(cli(env, "export", "-s", "ccontini", "-o", dir.resolve("link.sh").toString(), "--force").code())
                .isEqualTo(1);
        assertThat(cli(env, "export", "-s", "ccontini", "-o", file.resolve("below-a-file.sh").toString()).code())
                .isEqualTo(1);

        assertThat(cli(env(WRONG_KEY), "list").code()).isEqualTo(4);
        Map<String, String> otherVariable = new HashMap<>(env(API_KEY));
        otherVariable.put("MY_KEY", WRONG_KEY);
        assertThat(cli(otherVariable, "show", "-s", "ccontini", "--api-key-env", "MY_KEY").code()).isEqualTo(4);
        assertThat(cli(Map.of(), "list", "--api-key", WRONG_KEY).code()).isEqualTo(2);
        assertThat(cli(Map.of(), "list", "--endpoint", "https://me:" + WRONG_KEY + "@portal.example.com/api/v2")
                .code()).isEqualTo(2);
        assertThat(cli(Map.of("CLOUDMC_API_KEY", WRONG_KEY), "list", "--endpoint",
                "https://portal.example.com/api/v2?api_key=" + WRONG_KEY).code()).isEqualTo(2);

        for (Mode fault : List.of(Mode.ECHO_SECRETS_500, Mode.ECHO_NAMED_SECRETS_500, Mode.ECHO_HTML_200,
                Mode.CUT_INSIDE_THE_PASSWORD, Mode.PASSWORD_AS_WRONG_TYPE)) {
            portal.setMode(fault);
            Run failed = cli(env, "show", "--service", "ccontini");
            assertThat(failed.code()).as(fault.name()).isEqualTo(5);
            search.add("show on " + fault, failed.out());
        }
        search.assertNoSecret();
    }

    @Test
    void theWindow() throws Exception {
        Deque<Path> saveAnswers = new ArrayDeque<>();
        Deque<Boolean> replaceAnswers = new ArrayDeque<>();
        Deque<PortalToOpen> portalAnswers = new ArrayDeque<>();
        StringBuilder clipboardContent = new StringBuilder();
        ClipboardService clipboard = text -> clipboardContent.setLength(0);
        ClipboardService recording = new ClipboardService() {
            @Override
            public void putText(String text) {
                clipboard.putText(text);
                clipboardContent.append(text);
            }

            @Override
            public Optional<String> text() {
                return Optional.of(clipboardContent.toString());
            }
        };
        DialogService dialogs = new DialogService() {
            @Override
            public Optional<Path> chooseSaveFile(SaveFileRequest request) {
                search.add("save dialog", request.toString());
                return Optional.ofNullable(saveAnswers.poll());
            }

            @Override
            public boolean confirmReplace(Path file) {
                return Boolean.TRUE.equals(replaceAnswers.poll());
            }

            @Override
            public Optional<PortalToOpen> askForPortal() {
                return Optional.ofNullable(portalAnswers.poll());
            }
        };
        MainViewModel model = new MainViewModel(BackgroundRunner.inPlace(), recording, dialogs, CLOCK,
                FieldRoles.load(), FieldLabels.load(Locale.ENGLISH));
        Runnable shown = () -> {
            search.add("status", model.statusProperty().get());
            search.add("banner", model.banner().messageProperty().get());
            search.add("title", model.titleProperty().get());
            search.add("portal name", model.portalNameProperty().get());
            search.add("countdown", model.clipboardCountdownProperty().get());
            search.add("export reason", model.export().reasonProperty().get());
            model.rows().forEach(row -> search.add("row " + row.label(), row + " " + row.displayedValue().get()
                    + " " + row.tooltipText().get()));
        };

        model.connect(PortalToOpen.of(PortalAccess.decide(false, null, null, null, env(API_KEY))));
        shown.run();
        ServiceEntry ccontini = entry(model, "Object Storage / ccontini");
        model.select(ccontini);
        shown.run();
        assertThat(model.rows()).hasSize(8);
        model.copyValue(model.rows().stream().filter(CredentialRow::isSensitive).findFirst().orElseThrow());
        assertThat(clipboardContent.toString()).as("copied on purpose").isEqualTo(PASSWORD);
        model.copyExports();
        assertThat(clipboardContent.toString()).as("copied on purpose").contains("OS_PASSWORD=");
        shown.run();

        Path file = dir.resolve("openrc.sh");
        saveAnswers.add(file);
        model.saveExports();
        shown.run();
        assertThat(Files.readString(file)).as("saved on purpose").contains("OS_PASSWORD=");
        saveAnswers.add(file);
        replaceAnswers.add(false);
        model.saveExports();
        shown.run();
        Path link = Files.createSymbolicLink(dir.resolve("link.sh"), file);
        saveAnswers.add(link);
        replaceAnswers.add(true);
        model.saveExports();
        shown.run();
        assertThat(model.banner().messageProperty().get()).contains("symbolic link");
        saveAnswers.add(file.resolve("below-a-file.sh"));
        model.saveExports();
        shown.run();

        for (Mode fault : List.of(Mode.ECHO_SECRETS_500, Mode.ECHO_NAMED_SECRETS_500, Mode.ECHO_HTML_200,
                Mode.CUT_INSIDE_THE_PASSWORD, Mode.PASSWORD_AS_WRONG_TYPE)) {
            portal.setMode(fault);
            model.select(entry(model, "Object Storage / sandbox"));
            shown.run();
            assertThat(model.banner().messageProperty().get()).as(fault.name()).isNotEmpty();
            model.banner().retry();
            shown.run();
        }
        portal.setMode(Mode.NORMAL);
        portalAnswers.add(PortalToOpen.of(PortalAccess.decide(false, null, null, null, env(WRONG_KEY))));
        model.openConnectDialog();
        shown.run();
        assertThat(model.banner().messageProperty().get()).startsWith("The portal refused the API key");

        ConnectViewModel connect = new ConnectViewModel(portal.endpoint(), Optional.empty(), Optional.empty(),
                remote -> HttpPortalApi.create(remote.endpoint(), remote.apiKey()), BackgroundRunner.inPlace());
        connect.apiKeyProperty().set(WRONG_KEY);
        connect.test();
        search.add("connect test", connect.testResultProperty().get() + " " + connect.validationMessageProperty().get()
                + " " + connect.request());
        connect.apiKeyProperty().set(WRONG_KEY + "\u0007");
        connect.test();
        search.add("connect test, odd key", connect.testResultProperty().get());

        model.close();
        shown.run();
        search.assertNoSecret();
    }

    @Test
    void exceptionsAndToStrings() throws Exception {
        PortalApi api = new HttpPortalApi(HttpPortalApi.newHttpClient(java.time.Duration.ofSeconds(5)),
                PortalEndpoint.parse(portal.endpoint()), ApiKey.of(API_KEY),
                java.time.Duration.ofSeconds(10));
        search.add("api", api.toString());
        search.add("key", ApiKey.of(API_KEY).toString());
        search.add("choice", PortalAccess.decide(false, null, null, null, env(API_KEY)).toString());
        ServiceEntry entry = ServiceEntries.from(api.environments()).stream()
                .filter(e -> e.environmentName().equals("ccontini")).findFirst().orElseThrow();
        var info = api.apiInfo(entry.connectionId(), entry.environmentId());
        search.add("apiInfo", info.toString());
        ServiceCredentials credentials = ServiceCredentials.of(entry, info, FieldRoles.load(),
                FieldLabels.load(Locale.ENGLISH));
        search.add("credentials", credentials.toString());
        search.add("export result", ScriptExporter.export(credentials, ExportFormat.of(
                io.github.cloudmckeys.render.ShellDialect.POSIX, io.github.cloudmckeys.credentials.IdentityVersion.V3),
                new ExportOptions(PasswordMode.EMBED, CLOCK.instant(), "portal")).toString());

        for (Mode fault : Mode.values()) {
            portal.setMode(fault);
            PortalApi wrong = new HttpPortalApi(HttpPortalApi.newHttpClient(java.time.Duration.ofSeconds(5)),
                    PortalEndpoint.parse(portal.endpoint()), ApiKey.of(WRONG_KEY),
                    java.time.Duration.ofSeconds(10));
            for (PortalApi client : List.of(api, wrong)) {
                try {
                    client.apiInfo(entry.connectionId(), entry.environmentId());
                    assertThat(fault).as("only the right key on a working portal succeeds").isEqualTo(Mode.NORMAL);
                } catch (PortalException e) {
                    search.add(fault + " exception", e);
                }
            }
        }
        search.assertNoSecret();
    }

    private static ServiceEntry entry(MainViewModel model, String label) {
        return model.catalog().entries().stream().filter(e -> e.label().equals(label)).findFirst().orElseThrow();
    }
}
