package org.evidentia.plugins.html;

import org.evidentia.api.Direction;
import org.evidentia.api.Synthesis.Vote;

/**
 * How votes and directions are shown: a shape (never colour alone), a CSS class for its colour and
 * words for its text alternative, as in an effect direction plot (Thomson and Thomson 2013).
 */
final class Marks {

    private Marks() {
    }

    static String cssClass(Vote vote) {
        return switch (vote) {
            case UP -> "up";
            case DOWN -> "down";
            case NO_CLEAR_DIRECTION -> "unclear";
        };
    }

    static String symbol(Vote vote) {
        return switch (vote) {
            case UP -> "▲";
            case DOWN -> "▼";
            case NO_CLEAR_DIRECTION -> "◆";
        };
    }

    static String describe(Vote vote) {
        return switch (vote) {
            case UP -> "increased";
            case DOWN -> "decreased";
            case NO_CLEAR_DIRECTION -> "no clear direction";
        };
    }

    /** A direction's colour class, that of the vote it alone would give. */
    static String cssClass(Direction direction) {
        return switch (direction) {
            case INCREASED -> "up";
            case DECREASED -> "down";
            case UNCHANGED -> "unclear";
        };
    }

    static String symbol(Direction direction) {
        return switch (direction) {
            case INCREASED -> "▲";
            case DECREASED -> "▼";
            case UNCHANGED -> "○";
        };
    }
}
