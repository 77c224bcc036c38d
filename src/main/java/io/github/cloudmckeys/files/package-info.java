/**
 * Writes to the user's disk: the owner-only atomic writer (a file holding secrets is private from its first byte
 * and written whole or not at all), the merges into the user's own clouds.yaml, AWS and rclone files with their
 * backups, and where those tools read them.
 */
package io.github.cloudmckeys.files;
