/**
 * Turns credentials into text: pure functions, the same input gives the same bytes. This package holds what every
 * generated file shares (its sentences, comment safety, where it comes from, the shells); {@code render.script}
 * writes openrc scripts and {@code render.config} the configuration files.
 */
package io.github.cloudmckeys.render;
