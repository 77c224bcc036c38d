package io.github.cloudmckeys.portal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Objects;

/** The service API keys of one (connection, environment), fields in display order. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiInfo(boolean canRegenerateCredentials, List<ApiInfoField> fields) {
    public ApiInfo {
        // A null item is dropped rather than failing the whole answer: the other fields are still useful.
        fields = fields == null ? List.of() : fields.stream().filter(Objects::nonNull).toList();
    }
}
