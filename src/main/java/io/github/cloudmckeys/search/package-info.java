/**
 * Finds services by what the user typed, the same way for the window's search field and the command line's {@code
 * --service}.
 */
package io.github.cloudmckeys.search;
