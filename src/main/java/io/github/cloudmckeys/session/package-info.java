/**
 * Which portal the window or a command talks to, and with which key: the demo, an endpoint from the command
 * line or the environment, or a remembered portal whose key is in the OS keyring
 * ({@link io.github.cloudmckeys.session.KeyStore}, one implementation per OS). It opens the portal over one
 * {@link io.github.cloudmckeys.net.NetSession}, shared by the portal and Keystone clients of that session.
 */
package io.github.cloudmckeys.session;
