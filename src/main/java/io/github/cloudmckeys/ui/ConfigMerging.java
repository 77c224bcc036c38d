package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.files.ToolConfigFiles;
import io.github.cloudmckeys.files.UserFileMerge;
import io.github.cloudmckeys.render.config.ConfigEntry;
import io.github.cloudmckeys.render.config.ConfigFormat;
import io.github.cloudmckeys.render.config.ConfigResult;
import io.github.cloudmckeys.render.ExportException;
import io.github.cloudmckeys.files.SavedFile;
import io.github.cloudmckeys.i18n.Messages;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * The config tabs' actions: copy a file's text, and "Add to my clouds.yaml / AWS profiles /
 * rclone.conf". Adding reads the user's file and merges in the background, asks through
 * the {@link DialogService} before replacing an entry of the same name, then writes (backup,
 * atomic, owner-only) in the background.
 */
public final class ConfigMerging {
    private final WindowWork window;
    private final ConfigExportViewModel configs;
    private final DialogService dialogs;
    private final ClipboardService clipboard;
    private final ExportSetup setup;
    private final Clock clock;
    private final Messages messages;

    ConfigMerging(WindowWork window, ConfigExportViewModel configs, DialogService dialogs,
                  ClipboardService clipboard, ExportSetup setup, Clock clock) {
        this.window = window;
        this.messages = Objects.requireNonNull(window.messages(), "messages");
        this.configs = configs;
        this.dialogs = dialogs;
        this.clipboard = clipboard;
        this.setup = setup;
        this.clock = clock;
    }

    public void copyCloudsYaml() {
        copy(configs.clouds(), messages.get("window.status.copiedCloudsYaml"));
    }

    public void copyAws() {
        copy(configs.aws(), messages.get("window.status.copiedAws", configs.awsFormatProperty().get().cliName()));
    }

    public void copyRclone() {
        copy(configs.rclone(), messages.get("window.status.copiedRclone"));
    }

    /** Puts a tab's text on the clipboard; {@code done} says so in the status line. */
    private void copy(ConfigExportViewModel.Output output, String done) {
        output.result().ifPresent(result -> {
            clipboard.putText(result.textForPasting());
            window.setStatus(done);
        });
    }

    public void copySecureYaml() {
        configs.clouds().result().flatMap(ConfigResult::secureYaml).ifPresent(secure -> {
            clipboard.putText(secure);
            window.setStatus(messages.get("window.status.copiedSecureYaml"));
        });
    }

    /** Adds the cloud to the user's clouds.yaml (and secure.yaml), asking before replacing one of the same name. */
    public void addToCloudsYaml() {
        configs.clouds().result().flatMap(ConfigResult::entry).ifPresent(entry -> {
            ToolConfigFiles files = setup.files();
            ConfigEntry.Cloud cloud = (ConfigEntry.Cloud) entry;
            plan(() -> UserFileMerge.planCloud(cloud, files.cloudsYaml(), files.secureYaml()), cloud.name());
        });
    }

    /**
     * Adds the profile to ~/.aws/credentials and ~/.aws/config, whichever of them (or of the scripts) the tab
     * shows, asking before replacing one of the same name; the profile that fetches the keys goes to ~/.aws/config
     * alone.
     */
    public void addToAwsProfiles() {
        if (configs.aws().result().isEmpty()) {
            return;
        }
        ToolConfigFiles files = setup.files();
        try {
            if (configs.awsFormatProperty().get() == ConfigFormat.AWS_CONFIG_PROCESS) {
                ConfigEntry.Ini fetching = ini(ConfigFormat.AWS_CONFIG_PROCESS); // no keys: ~/.aws/config only
                plan(() -> UserFileMerge.planIni(List.of(new UserFileMerge.IniTarget(files.awsConfig(), fetching))),
                        fetching.name());
                return;
            }
            ConfigEntry.Ini credentials = ini(ConfigFormat.AWS_CREDENTIALS);
            ConfigEntry.Ini config = ini(ConfigFormat.AWS_CONFIG);
            plan(() -> UserFileMerge.planIni(List.of(new UserFileMerge.IniTarget(files.awsCredentials(), credentials),
                    new UserFileMerge.IniTarget(files.awsConfig(), config))), credentials.name());
        } catch (ExportException e) {
            window.fail(e, null);
        }
    }

    public void addToRcloneConf() {
        configs.rclone().result().flatMap(ConfigResult::entry).ifPresent(entry -> {
            Path file = setup.files().rcloneConf();
            plan(() -> UserFileMerge.planIni(List.of(new UserFileMerge.IniTarget(file, (ConfigEntry.Ini) entry))),
                    entry.name());
        });
    }

    private ConfigEntry.Ini ini(ConfigFormat format) throws ExportException {
        return (ConfigEntry.Ini) configs.export(format).entry().orElseThrow();
    }

    private void plan(Callable<UserFileMerge.Plan> planning, String name) {
        window.setStatus(messages.get("window.status.readingFiles"));
        window.inBackground(planning, plan -> {
            if (plan.replacesAnEntry() && !dialogs.confirmReplaceEntries(plan.replacements(messages))) {
                window.setStatus(messages.get("window.status.notAdded", files(plan)));
                return;
            }
            apply(plan, name, () -> plan(planning, name));
        }, failure -> window.fail(failure, () -> plan(planning, name)));
    }

    private void apply(UserFileMerge.Plan plan, String name, Runnable again) {
        window.setStatus(messages.get("window.status.writing", files(plan)));
        window.inBackground(() -> UserFileMerge.apply(plan, clock.instant()), applied -> {
            window.clearBanner();
            if (!applied.notOwnerOnly().isEmpty()) {
                window.setStatus(messages.format(SavedFile.notOwnerOnly(list(applied.notOwnerOnly()))));
                return;
            }
            List<Path> backups = applied.backups();
            String key = plan.replacesAnEntry() ? "window.status.replaced" : "window.status.added";
            window.setStatus(backups.isEmpty() ? messages.get(key, name, files(plan))
                    : messages.get(key + "WithBackup", name, files(plan),
                    backups.stream().map(b -> b.getFileName().toString()).collect(Collectors.joining(", "))));
        }, failure -> window.fail(failure, again));
    }

    /** "a and b" (and "a and b and c"), in the window's language. */
    private String files(UserFileMerge.Plan plan) {
        return list(plan.files());
    }

    private String list(List<Path> files) {
        return files.stream().map(Path::toString)
                .reduce((first, next) -> messages.get("window.list.pair", first, next)).orElse("");
    }
}
