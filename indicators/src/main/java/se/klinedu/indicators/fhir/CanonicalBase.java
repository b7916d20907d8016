package se.klinedu.indicators.fhir;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.KlineduStyle;

/**
 * The base URL under which the FHIR export names its resources: a Measure's canonical URL is
 * {@code <base>/Measure/<indicator id>}, and every Bundle entry's {@code fullUrl} is
 * {@code <base>/<resource type>/<id>}.
 *
 * <p>The base is an absolute {@code http} or {@code https} URL with a host, no query, no fragment and no
 * user information, such as {@code https://fhir.regionorebrolan.se/klinedu}. Trailing slashes are removed,
 * so {@code https://example.org/fhir/} and {@code https://example.org/fhir} are the same base. Instances
 * are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
public abstract class CanonicalBase {

    CanonicalBase() {
    }

    /**
     * {@return the base URL, without a trailing slash}
     */
    @JsonValue
    @Value.Parameter
    public abstract String value();

    /**
     * Obtains a base such as {@code CanonicalBase.of("https://example.org/fhir")}.
     *
     * @param value an absolute http(s) URL with a host, no query, fragment or user information; trailing
     *     slashes are removed; not null
     * @return the base
     * @throws InvalidInputException if the value is no such URL
     */
    // JSON: the base is the one string value() writes
    @JsonCreator
    public static CanonicalBase of(String value) {
        Objects.requireNonNull(value, "value");
        String trimmed = value;
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return ImmutableCanonicalBase.of(trimmed);
    }

    /**
     * Returns the URL of a resource under this base.
     *
     * @param resourceType the resource type, such as {@code Measure}, not null
     * @param id the resource's id, not null
     * @return {@code <base>/<resourceType>/<id>}
     */
    public String url(String resourceType, String id) {
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(id, "id");
        return value() + "/" + resourceType + "/" + id;
    }

    @Value.Check
    void check() {
        String rule = "must be an absolute http or https URL with a host and no query, fragment or user information";
        URI uri;
        try {
            uri = new URI(value());
        } catch (URISyntaxException e) {
            throw InvalidInputException.of("base", rule, value());
        }
        boolean http = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
        if (!http || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
                || uri.getRawUserInfo() != null || value().endsWith("/")) {
            throw InvalidInputException.of("base", rule, value());
        }
    }

    @Override
    public String toString() {
        return value();
    }
}
