/**
 * The one logging setup, and the redaction of the secrets this process holds from everything it logs or prints.
 * At the bottom of the layers, so that every package can redact.
 */
package io.github.cloudmckeys.logging;
