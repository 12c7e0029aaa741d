package io.newsflow.schemas.registry;

import java.util.List;

/**
 * The registry's verdict on a candidate schema.
 *
 * @param compatible true when the registry would accept it under the subject's compatibility level
 * @param reasons what the registry said is wrong (Confluent's {@code messages}, Apicurio's {@code reason}); may be empty
 */
public record CompatibilityResult(boolean compatible, List<String> reasons) {
    public CompatibilityResult {
        reasons = List.copyOf(reasons);
    }
}
