/**
 * The embedded demo portal: a real HTTP server on 127.0.0.1 serving the same API as a CloudMC portal, and its
 * sample data. Only {@code app} starts it.
 */
package io.github.cloudmckeys.demo;
