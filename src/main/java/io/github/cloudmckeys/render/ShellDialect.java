package io.github.cloudmckeys.render;

/** The shell a script is written for; each has its own quoting rules and syntax. */
public enum ShellDialect {
    /** One script for bash, zsh, dash and ksh: POSIX syntax only. */
    POSIX("bash/zsh", ".sh"),
    FISH("fish", ".fish"),
    /** Windows PowerShell 5.1 and PowerShell 7. */
    POWERSHELL("PowerShell", ".ps1"),
    /** Windows cmd.exe batch files. */
    CMD("cmd", ".cmd");

    private final String displayName;
    private final String fileExtension;

    ShellDialect(String displayName, String fileExtension) {
        this.displayName = displayName;
        this.fileExtension = fileExtension;
    }

    /** The name shown to the user: "bash/zsh", "fish", "PowerShell", "cmd". */
    public String displayName() {
        return displayName;
    }

    public String fileExtension() {
        return fileExtension;
    }

    /**
     * How to load a script of this dialect into the current shell: it must be sourced, not run.
     * With no {@code fileName} (a script shown, copied or saved under a name the user picks), it
     * says "this file" rather than a name the file may not have.
     */
    public String usage(String fileName, ExportText text) {
        if (fileName.isEmpty()) {
            return text.get("script.usage.thisFile." + name().toLowerCase(java.util.Locale.ROOT));
        }
        return switch (this) {
            case POSIX -> text.get("script.usage.posix", fileName);
            case FISH -> "source " + fileName;
            case POWERSHELL -> ". .\\" + fileName;
            case CMD -> "call " + fileName;
        };
    }
}
