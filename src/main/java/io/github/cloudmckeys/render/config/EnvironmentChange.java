package io.github.cloudmckeys.render.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What sourcing a script does to an environment, without the script: the variables it
 * removes and the ones it leaves set, taken from the same plan the script is written from
 * ({@link EnvironmentPlans}), so that a command run with it sees what it would see after
 * sourcing the script.
 *
 * @param removed variables taken out of the caller's environment
 * @param set variables set, in the script's order; their values may be secrets
 */
public record EnvironmentChange(List<String> removed, Map<String, String> set) {

    public EnvironmentChange {
        removed = List.copyOf(removed);
        set = Collections.unmodifiableMap(new LinkedHashMap<>(set));
    }

    /** {@code caller}'s environment as the script would leave it: a new map, {@code caller} untouched. */
    public Map<String, String> applyTo(Map<String, String> caller) {
        Map<String, String> result = new LinkedHashMap<>(Objects.requireNonNull(caller, "caller"));
        removed.forEach(result::remove);
        result.putAll(set);
        return result;
    }

    /** The caller's variables this change removes or gives another value, by name: said before a command runs. */
    public List<String> replacedIn(Map<String, String> caller) {
        return caller.keySet().stream()
                .filter(name -> removed.contains(name) || (set.containsKey(name) && !set.get(name).equals(caller.get(name))))
                .sorted()
                .toList();
    }

    /** Names only: the values may be passwords. */
    @Override
    public String toString() {
        return "EnvironmentChange[removed=" + removed + ", set=" + set.keySet() + "]";
    }
}
