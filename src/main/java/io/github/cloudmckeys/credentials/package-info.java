/**
 * A service's credentials as the portal gave them, every field kept, with the role of each field from the alias
 * table, its label in the user's language, and the Keystone identity version a script or a check targets. Facts
 * about credentials, no I/O.
 */
package io.github.cloudmckeys.credentials;
