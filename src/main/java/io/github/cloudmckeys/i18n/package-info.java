/**
 * The languages the interface speaks and its sentences: {@link io.github.cloudmckeys.i18n.Message} carries a
 * sentence not yet in a language, so that the layers below the front ends can fail without choosing one. The
 * bottom of the layers.
 */
package io.github.cloudmckeys.i18n;
