package io.github.cloudmckeys.ui;

import io.github.cloudmckeys.export.ConfigEntry;
import io.github.cloudmckeys.export.ConfigFormat;
import io.github.cloudmckeys.export.ConfigResult;
import io.github.cloudmckeys.export.ExportException;
import io.github.cloudmckeys.export.ToolConfigFiles;
import io.github.cloudmckeys.export.UserFileMerge;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * The config tabs' actions: copy a file's text, and "Add to my clouds.yaml / AWS profiles /
 * rclone.conf". Adding reads the user's file and merges in the background, asks through
 * the {@link DialogService} before replacing an entry of the same name, then writes (backup,
 * atomic, owner-only) in the background.
 */
public final class ConfigMerging {
    private final MainViewModel model;
    private final ConfigExportViewModel configs;
    private final DialogService dialogs;
    private final ClipboardService clipboard;
    private final ExportSetup setup;
    private final Clock clock;

    ConfigMerging(MainViewModel model, ConfigExportViewModel configs, DialogService dialogs,
                  ClipboardService clipboard, ExportSetup setup, Clock clock) {
        this.model = model;
        this.configs = configs;
        this.dialogs = dialogs;
        this.clipboard = clipboard;
        this.setup = setup;
        this.clock = clock;
    }

    public void copyCloudsYaml() {
        copy(configs.clouds(), "clouds.yaml");
    }

    public void copyAws() {
        copy(configs.aws(), "the " + configs.awsFormatProperty().get().cliName() + " text");
    }

    public void copyRclone() {
        copy(configs.rclone(), "the rclone remote");
    }

    /** Puts a tab's text on the clipboard: {@code what} names it in the status line. */
    private void copy(ConfigExportViewModel.Output output, String what) {
        output.result().ifPresent(result -> {
            clipboard.putText(result.textForPasting());
            model.setStatus("Copied " + what + ".");
        });
    }

    public void copySecureYaml() {
        configs.clouds().result().flatMap(ConfigResult::secureYaml).ifPresent(secure -> {
            clipboard.putText(secure);
            model.setStatus("Copied secure.yaml.");
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

    /** The AWS tab adds both files, whichever of them (or of the scripts) it shows. */
    /** Adds the profile to ~/.aws/credentials and ~/.aws/config, asking before replacing one of the same name. */
    public void addToAwsProfiles() {
        if (configs.aws().result().isEmpty()) {
            return;
        }
        ToolConfigFiles files = setup.files();
        try {
            ConfigEntry.Ini credentials = ini(ConfigFormat.AWS_CREDENTIALS);
            ConfigEntry.Ini config = ini(ConfigFormat.AWS_CONFIG);
            plan(() -> UserFileMerge.planIni(List.of(new UserFileMerge.IniTarget(files.awsCredentials(), credentials),
                    new UserFileMerge.IniTarget(files.awsConfig(), config))), credentials.name());
        } catch (ExportException e) {
            model.fail(e, null);
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
        model.setStatus("Reading your files…");
        model.inBackground(planning, plan -> {
            if (plan.replacesAnEntry() && !dialogs.confirmReplaceEntries(plan.replacements())) {
                model.setStatus("Not added: " + files(plan) + " left as it was.");
                return;
            }
            apply(plan, name, () -> plan(planning, name));
        }, failure -> model.fail(failure, () -> plan(planning, name)));
    }

    private void apply(UserFileMerge.Plan plan, String name, Runnable again) {
        model.setStatus("Writing " + files(plan) + "…");
        model.inBackground(() -> UserFileMerge.apply(plan, clock.instant()), backups -> {
            model.banner().clear();
            model.setStatus((plan.replacesAnEntry() ? "Replaced \"" : "Added \"") + name + "\" in " + files(plan)
                    + " (readable by you only)" + (backups.isEmpty() ? "." : "; the previous version is kept as "
                    + backups.stream().map(b -> b.getFileName().toString()).collect(Collectors.joining(", ")) + "."));
        }, failure -> model.fail(failure, again));
    }

    private static String files(UserFileMerge.Plan plan) {
        return plan.files().stream().map(Path::toString).collect(Collectors.joining(" and "));
    }
}
