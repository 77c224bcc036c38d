/**
 * The part of the CloudMC REST API the app uses, over the JDK HTTP client: the API key only in the {@code
 * MC-Api-Key} header to its own portal, answers read into records, every failure a {@link
 * io.github.cloudmckeys.portal.PortalException} with one sentence.
 */
package io.github.cloudmckeys.portal;
