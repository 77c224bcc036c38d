package io.github.cloudmckeys.render.script;

import io.github.cloudmckeys.render.config.ConfigOptions;

/** Planted for RulesCatchTest: render.script using render.config, which uses render.script. Never used. */
public final class CycleFixture {
    ConfigOptions options;

    private CycleFixture() {
    }
}
