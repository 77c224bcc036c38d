/**
 * The openrc scripts, Keystone v3 and v2.0, for POSIX shells, fish, PowerShell and cmd: what a script sets and
 * removes (the plan), then each dialect's syntax and quoting. Every value is quoted so that the shell takes it
 * literally.
 */
package io.github.cloudmckeys.render.script;
