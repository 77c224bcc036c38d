/**
 * The window (JavaFX): views bind to view models, and view models never import {@code javafx.scene}, so that they
 * are tested without controls. Slow work runs off the UI thread through a runner; only the UI thread touches
 * controls.
 */
package io.github.cloudmckeys.ui;
