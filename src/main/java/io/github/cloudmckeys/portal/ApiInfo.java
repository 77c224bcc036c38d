package io.github.cloudmckeys.portal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The service API keys of one (connection, environment), fields in display order. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiInfo(boolean canRegenerateCredentials, List<ApiInfoField> fields) {
    public ApiInfo {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
