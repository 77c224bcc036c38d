package io.github.cloudmckeys.render.config;

import io.github.cloudmckeys.credentials.IdentityVersion;
import io.github.cloudmckeys.credentials.ServiceCredentials;
import io.github.cloudmckeys.render.ExportException;
import io.github.cloudmckeys.render.ExportText;
import io.github.cloudmckeys.render.ShellDialect;
import io.github.cloudmckeys.render.script.DialectSyntax;
import io.github.cloudmckeys.render.script.OpenRcPlan;
import io.github.cloudmckeys.render.script.OpenRcPlan.Assignment;
import io.github.cloudmckeys.render.script.PasswordMode;
import io.github.cloudmckeys.render.script.ScriptExporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A script setting the AWS variables for an S3-compatible store, in any shell dialect,
 * written with the openrc's own per-dialect syntax and quoting ({@link DialectSyntax}),
 * so every value reaches the environment byte for byte.
 *
 * <p>It sets {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY}, the region in both
 * {@code AWS_DEFAULT_REGION} and {@code AWS_REGION} (AWS CLI 2 and the SDKs prefer the
 * latter, so a stale one would win) and {@code AWS_ENDPOINT_URL}, and removes what would
 * override or spoil them: a selected profile, a session token of other keys, an
 * S3-specific endpoint, the switch that ignores configured endpoints.
 */
final class S3EnvironmentWriter {
    static final List<String> REMOVED = List.of("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN",
            "AWS_SECURITY_TOKEN", "AWS_ENDPOINT_URL_S3", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS");

    private S3EnvironmentWriter() {
    }

    static ConfigResult write(ServiceCredentials credentials, ConfigFormat format, ConfigOptions options)
            throws ExportException {
        ShellDialect dialect = format.dialect().orElseThrow();
        ExportText text = ExportText.of(options.language(), dialect);
        S3Settings s3 = S3Settings.of(credentials, options.s3Defaults(), "export.noS3Keys.s3Script", text);
        OpenRcPlan plan = plan(s3);
        List<Assignment> assignments = plan.assignments();
        for (Assignment assignment : assignments) {
            ScriptExporter.checkCarriable(assignment.variable(), assignment.value(), dialect);
        }
        DialectSyntax syntax = ScriptExporter.syntax(dialect, text);

        List<String> body = new ArrayList<>();
        body.add("");
        body.add(syntax.comment(text.get("s3.removeOverrides")));
        body.addAll(syntax.unset(plan.unset()));
        body.add("");
        assignments.forEach(a -> body.add(syntax.set(a.variable(), a.value())));

        List<String> notes = new ArrayList<>();
        notes.add(text.get("config.secretKeyHere"));
        notes.addAll(s3.notes());
        notes.add(text.get("s3.endpointUrlSince"));
        List<String> header = ConfigHeader.lines(credentials, options, text,
                text.get("s3.title", dialect.displayName()),
                text.get("s3.use", dialect.usage("", text)), notes);
        boolean nonAscii = !isAscii(header) || !isAscii(body);
        header.addAll(syntax.notes(plan, nonAscii));

        List<String> lines = new ArrayList<>(syntax.preamble(nonAscii));
        header.forEach(line -> lines.add(syntax.comment(line)));
        lines.addAll(body);
        String separator = syntax.lineSeparator();
        String file = syntax.finish(String.join(separator, lines) + separator, nonAscii);
        return new ConfigResult(format, file, Optional.empty(), Optional.empty(), List.of());
    }

    /**
     * What the script removes and sets, for every dialect and for {@link EnvironmentPlans}. The dialects'
     * notes read a plan; this one holds the same kind of variables as an openrc's, without a password prompt.
     */
    static OpenRcPlan plan(S3Settings s3) {
        List<Assignment> assignments = List.of(
                new Assignment("AWS_ACCESS_KEY_ID", s3.accessKey(), ""),
                new Assignment("AWS_SECRET_ACCESS_KEY", s3.secretKey(), ""),
                new Assignment("AWS_DEFAULT_REGION", s3.region(), ""),
                new Assignment("AWS_REGION", s3.region(), ""),
                new Assignment("AWS_ENDPOINT_URL", s3.endpoint(), ""));
        return new OpenRcPlan(IdentityVersion.V3, PasswordMode.EMBED, List.of(), REMOVED, assignments,
                Optional.empty(), List.of());
    }

    private static boolean isAscii(List<String> lines) {
        return lines.stream().allMatch(line -> line.chars().allMatch(c -> c <= 0x7F));
    }
}
