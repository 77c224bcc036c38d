/**
 * What the window remembers between runs ({@code settings.json} under the XDG configuration folder), read checked
 * value by value and written through {@code files}. Never an API key.
 */
package io.github.cloudmckeys.app.settings;
