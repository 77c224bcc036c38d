package io.github.cloudmckeys.render.script;

import io.github.cloudmckeys.credentials.IdentityVersion;
import io.github.cloudmckeys.render.ShellDialect;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/** A kind of script: a shell dialect and a Keystone identity version. */
public enum ExportFormat {
    OPENRC_V3("openrc-v3", ShellDialect.POSIX, IdentityVersion.V3),
    OPENRC_V2("openrc-v2", ShellDialect.POSIX, IdentityVersion.V2_0),
    FISH_V3("fish-v3", ShellDialect.FISH, IdentityVersion.V3),
    FISH_V2("fish-v2", ShellDialect.FISH, IdentityVersion.V2_0),
    POWERSHELL_V3("powershell-v3", ShellDialect.POWERSHELL, IdentityVersion.V3),
    POWERSHELL_V2("powershell-v2", ShellDialect.POWERSHELL, IdentityVersion.V2_0),
    CMD_V3("cmd-v3", ShellDialect.CMD, IdentityVersion.V3),
    CMD_V2("cmd-v2", ShellDialect.CMD, IdentityVersion.V2_0);

    private final String cliName;
    private final ShellDialect dialect;
    private final IdentityVersion identityVersion;

    ExportFormat(String cliName, ShellDialect dialect, IdentityVersion identityVersion) {
        this.cliName = cliName;
        this.dialect = dialect;
        this.identityVersion = identityVersion;
    }

    /** The name the command line's {@code --format} takes, e.g. {@code openrc-v3}, {@code cmd-v2}. */
    public String cliName() {
        return cliName;
    }

    public ShellDialect dialect() {
        return dialect;
    }

    public IdentityVersion identityVersion() {
        return identityVersion;
    }

    /** ".sh", ".fish", ".ps1" or ".cmd". */
    public String fileExtension() {
        return dialect.fileExtension();
    }

    /**
     * The file name a script of this format suggests for itself, and names in its usage
     * comment: {@code openrc-v3.sh}, {@code openrc-v2.fish}, {@code openrc-v3.ps1} …
     */
    public String suggestedFileName() {
        return (identityVersion == IdentityVersion.V3 ? "openrc-v3" : "openrc-v2") + fileExtension();
    }

    /** False for cmd, which cannot read typed input without echoing it. */
    public boolean supportsPasswordPrompt() {
        return dialect != ShellDialect.CMD;
    }

    public static ExportFormat of(ShellDialect dialect, IdentityVersion identityVersion) {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(identityVersion, "identityVersion");
        return Arrays.stream(values())
                .filter(f -> f.dialect == dialect && f.identityVersion == identityVersion)
                .findFirst()
                .orElseThrow(); // every pair has a format: the enum lists all eight
    }

    /** The format with this {@link #cliName()}, compared exactly; empty for an unknown or null name. */
    public static Optional<ExportFormat> byCliName(String cliName) {
        return Arrays.stream(values()).filter(f -> f.cliName.equals(cliName)).findFirst();
    }
}
