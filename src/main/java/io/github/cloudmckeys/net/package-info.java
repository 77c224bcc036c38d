/**
 * The network under every request: one HTTP client per session ({@link io.github.cloudmckeys.net.NetSession})
 * with curl's proxy rules, a proxy login sent only to its proxy, and trust in the JDK's roots, the operating
 * system's and the user's CA file, never in everything. A failure these settings explain (a refused
 * certificate, a proxy that refuses) becomes one sentence here; the portal and Keystone clients say the rest.
 */
package io.github.cloudmckeys.net;
