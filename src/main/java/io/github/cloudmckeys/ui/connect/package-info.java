/**
 * The Connect dialog: an endpoint and an API key, tested against the portal before they are used, the key kept in
 * memory for the session only.
 */
package io.github.cloudmckeys.ui.connect;
