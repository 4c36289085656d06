package org.evidentia.runtime.text;

/** A word the console shows for the user to type back, such as a store's path in a suggested command. */
public final class ShellWord {

    private ShellWord() {
    }

    /** {@code word} as a shell reads it back: as it is when it holds nothing the shell treats specially, else in single quotes. */
    public static String of(String word) {
        if (!word.isEmpty() && word.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || "_./:@%+=,-".indexOf(c) >= 0))) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
