package org.evidentia.api;

import java.util.Locale;

/** The direction of a reported change. Serialized in lower case: {@code increased}. */
@Api(status = Api.Status.STABLE, since = "0.1")
public enum Direction {
    INCREASED,
    DECREASED,
    UNCHANGED;

    /** The lower-case name used in files: {@code increased}, {@code decreased}, {@code unchanged}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@link #label()} (case-insensitive). */
    public static Direction parse(String label) {
        for (Direction d : values()) {
            if (d.label().equalsIgnoreCase(label.strip())) {
                return d;
            }
        }
        throw new IllegalArgumentException("'" + label + "' is not a direction; expected increased, decreased or unchanged");
    }
}
