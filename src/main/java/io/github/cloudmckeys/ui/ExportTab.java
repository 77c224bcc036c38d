package io.github.cloudmckeys.ui;

/** The export tab shown: what Ctrl+Shift+C and Ctrl+S act on. */
public enum ExportTab {
    /** Either Keystone tab (the openrc script). */
    OPENRC,
    CLOUDS_YAML,
    AWS,
    RCLONE
}
