package org.evidentia.runtime.engine;

import java.util.Objects;

/**
 * One id an input deletes ({@link org.evidentia.api.SourceContext#deleted(String, Integer)}).
 *
 * @param id      the deleted record's id, stripped
 * @param version the version the input deletes (at least 1), or null when it states none: then whatever version is held
 */
public record Deletion(String id, Integer version) {

    public Deletion {
        Objects.requireNonNull(id, "id");
        if (version != null && version < 1) {
            throw new IllegalArgumentException("the deletion of " + id + " names version " + version + "; a version is at least 1");
        }
    }

    @Override
    public String toString() {
        return version == null ? id : id + " v" + version;
    }
}
