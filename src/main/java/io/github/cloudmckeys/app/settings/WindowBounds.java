package io.github.cloudmckeys.app.settings;

/**
 * Where the window was and how large, in screen coordinates. Any values can be held
 * (the window may read NaN from a stage never shown); {@link #isUsable()} says whether
 * they are worth remembering. Whether they still fit on a screen is for the window to judge.
 */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    /** Beyond this, a coordinate or size is garbage rather than a real screen. */
    static final double LIMIT = 1_000_000;

    /** Finite coordinates and a positive finite size, all within a sane range. */
    public boolean isUsable() {
        return sane(x) && sane(y) && sane(width) && sane(height) && width > 0 && height > 0;
    }

    private static boolean sane(double value) {
        return Double.isFinite(value) && Math.abs(value) <= LIMIT;
    }
}
