/**
 * The command line (picocli): list, show, export and check, their options, exit codes and sentences on stderr. A
 * front end beside {@code ui}, on the same engine; neither uses the other.
 */
package io.github.cloudmckeys.app.cli;
