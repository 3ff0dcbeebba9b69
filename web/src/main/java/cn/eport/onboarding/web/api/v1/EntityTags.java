package cn.eport.onboarding.web.api.v1;

import jakarta.ws.rs.core.EntityTag;

/**
 * An application's version as an HTTP entity tag ({@code "3"}) and back: what {@code ETag} answers and
 * {@code If-Match} sends for optimistic concurrency (docs/adr/0034-api-resources.md).
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version an {@code If-Match} names; {@code null} when there is none (then {@code current} applies).
     *
     * @throws IllegalArgumentException when it names no version of ours
     */
    public static Long versionOf(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a version: " + ifMatch, e);
        }
    }
}
