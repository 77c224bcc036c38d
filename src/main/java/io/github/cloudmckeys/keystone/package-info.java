/**
 * Test credentials: a token request to the service's Keystone (v3 or v2.0) with the credentials shown, and what
 * Keystone answered, said in one sentence. The password goes only to that Keystone.
 */
package io.github.cloudmckeys.keystone;
