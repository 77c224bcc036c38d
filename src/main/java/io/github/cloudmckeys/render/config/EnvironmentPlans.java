package io.github.cloudmckeys.render.config;

import io.github.cloudmckeys.credentials.IdentityVersion;
import io.github.cloudmckeys.render.ExportException;
import io.github.cloudmckeys.render.ExportText;
import io.github.cloudmckeys.render.ShellDialect;
import io.github.cloudmckeys.render.script.OpenRcPlan;
import io.github.cloudmckeys.render.script.OpenRcPlanner;
import io.github.cloudmckeys.render.script.PasswordMode;
import io.github.cloudmckeys.render.script.ScriptExporter;

import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.render.script.OpenRcPlan.Assignment;
import io.github.cloudmckeys.i18n.Language;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The environment an openrc or an S3 script would leave, as an {@link EnvironmentChange},
 * computed by the very planners the scripts are rendered from ({@link OpenRcPlanner},
 * {@link S3EnvironmentWriter#plan}): one list of what is removed and set, not a second one.
 * The password is always embedded (nothing can be asked: no script is sourced).
 */
public final class EnvironmentPlans {
    private EnvironmentPlans() {
    }

    /**
     * What the POSIX openrc of {@code version} leaves.
     *
     * @throws ExportException when the service has no Keystone credentials, or a value no environment can carry (NUL)
     */
    public static EnvironmentChange openRc(ServiceCredentials credentials, IdentityVersion version, Language language)
            throws ExportException {
        Objects.requireNonNull(credentials, "credentials");
        ExportText text = ExportText.of(language, ShellDialect.POSIX);
        return change(OpenRcPlanner.plan(credentials, version, PasswordMode.EMBED, text));
    }

    /**
     * What the S3 script ({@code s3-env-sh}) leaves.
     *
     * @throws ExportException when the service has no S3 keys, or a value no environment can carry
     */
    public static EnvironmentChange s3(ServiceCredentials credentials, S3Defaults defaults, Language language)
            throws ExportException {
        Objects.requireNonNull(credentials, "credentials");
        ExportText text = ExportText.of(language, ShellDialect.POSIX);
        S3Settings s3 = S3Settings.of(credentials, defaults, "export.noS3Keys.exec", text);
        return change(S3EnvironmentWriter.plan(s3));
    }

    private static EnvironmentChange change(OpenRcPlan plan) throws ExportException {
        Map<String, String> set = new LinkedHashMap<>();
        for (Assignment assignment : plan.assignments()) {
            ScriptExporter.checkCarriable(assignment.variable(), assignment.value(), ShellDialect.POSIX);
            set.put(assignment.variable(), assignment.value());
        }
        return new EnvironmentChange(plan.unset(), set);
    }
}
