/**
 * Wires the app and holds {@code main}: no subcommand opens the window, anything else runs the command line. The
 * top of the layers (docs/architecture.md): it may use every package, and no package uses it.
 */
package io.github.cloudmckeys.app;
