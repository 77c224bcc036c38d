package io.github.cloudmckeys.credentials;

import io.github.cloudmckeys.i18n.Message;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roles a Keystone export cannot do without and the fields that could play them, so
 * that a refusal says what to assign rather than only what is wrong. Keys only: never a value.
 *
 * @param roles      the missing roles, in the order a reader expects them
 * @param candidates the keys of the fields that could play one of them, in portal order
 */
public record MissingRoles(List<FieldRole> roles, List<String> candidates) {

    public MissingRoles {
        roles = List.copyOf(roles);
        candidates = List.copyOf(candidates);
    }

    /**
     * What a Keystone export lacks: the authentication URL ({@code v2} also takes the v2.0
     * endpoint) and the user name. Empty roles when nothing is missing.
     */
    public static MissingRoles forKeystone(ServiceCredentials credentials, boolean v2) {
        List<FieldRole> missing = new ArrayList<>();
        if (!credentials.has(FieldRole.AUTH_URL) && !(v2 && credentials.has(FieldRole.AUTH_URL_V2))) {
            missing.add(v2 ? FieldRole.AUTH_URL_V2 : FieldRole.AUTH_URL);
        }
        if (!credentials.has(FieldRole.USERNAME)) {
            missing.add(FieldRole.USERNAME);
        }
        Set<String> keys = new LinkedHashSet<>();
        missing.forEach(role -> keys.addAll(RoleInference.candidates(role, credentials.fields())));
        return new MissingRoles(missing, List.copyOf(keys));
    }

    public boolean isEmpty() {
        return roles.isEmpty();
    }

    /**
     * {@code refusal} followed by the missing roles, the candidate keys and how to assign one
     * ({@code roles --set} on the command line, "Use as…" in the window).
     */
    public Message explain(Message refusal, String serviceLabel) {
        String names = roles.stream().map(FieldRole::kebabName).collect(Collectors.joining(", "));
        Message how = candidates.isEmpty() ? Message.of("roles.missing.noCandidate")
                : Message.of("roles.missing.candidates", String.join(", ", candidates), serviceLabel,
                        candidates.get(0), roles.get(0).kebabName());
        return Message.of("roles.missing", refusal, names, how);
    }
}
