package org.evidentia.runtime.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleTextTest {

    @Test
    void controlsBidiOverridesAndLineBreaksInInputTextAreShownEscaped() {
        String osc = "t\u001b]0;PWNED\u0007\u001b[2J\u009b31m\u007f\u202eevil\u2066\u2028";
        assertThat(ConsoleText.oneLine(osc)).isEqualTo("t\\x1b]0;PWNED\\x07\\x1b[2J\\x9b31m\\x7f\\u202eevil\\u2066\\u2028");
        assertThat(ConsoleText.oneLine("a.nbib\nRead 999 records\r")).isEqualTo("a.nbib\\nRead 999 records\\r");
        assertThat(ConsoleText.oneLine("tab\there")).isEqualTo("tab\\there");
    }

    @Test
    void consoleLinesKeepTheirOwnLineBreaksButNoLoneCarriageReturn() {
        assertThat(ConsoleText.printable("one\ntwo\r\nthree\rforged", true)).isEqualTo("one\ntwo\r\nthree\\rforged");
        String stackTrace = "java.lang.IllegalStateException: x\n\tat org.evidentia.A.b(A.java:1)\n";
        assertThat(ConsoleText.printable(stackTrace, true)).as("a tab drives no terminal").isSameAs(stackTrace);
    }

    @Test
    void printableTextIsReturnedAsItIs() {
        String text = "IL-6 ↑ in patients (n = 12); β-cells, café";
        assertThat(ConsoleText.oneLine(text)).isSameAs(text);
        assertThat(ConsoleText.printable(null, true)).isNull();
    }
}
