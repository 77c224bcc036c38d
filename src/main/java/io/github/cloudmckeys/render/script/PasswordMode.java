package io.github.cloudmckeys.render.script;

/** Whether a script carries the password or asks for it when it is sourced. */
public enum PasswordMode {
    /** The password is written into the script: the file must be kept private. */
    EMBED,
    /** The script asks for the password, without echoing it, each time it is sourced. */
    PROMPT
}
