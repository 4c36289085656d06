package org.evidentia.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapExhaustionTest {

    @Test
    void anOutOfMemoryErrorAnywhereInTheCausesIsTold() {
        assertThat(HeapExhaustion.causedBy(new IllegalStateException("extraction failed unexpectedly", new OutOfMemoryError("Java heap space"))))
                .isTrue();
        assertThat(HeapExhaustion.causedBy(new OutOfMemoryError())).isTrue();
        assertThat(HeapExhaustion.causedBy(new IllegalStateException("x", new RuntimeException("y")))).isFalse();
        assertThat(HeapExhaustion.line("extraction failed unexpectedly"))
                .startsWith("extraction failed unexpectedly: Java ran out of memory: its heap may take at most ");
        assertThat(HeapExhaustion.line(null)).startsWith("Java ran out of memory: ");
        // twice the heap, never less than it (P10: 4g was offered to a heap of 5.7 GiB)
        assertThat(HeapExhaustion.line(null, 5_969_000_000L)).contains("at most 5,692 MiB; give it more with JAVA_OPTS=-Xmx12g");
        assertThat(HeapExhaustion.line(null, 256L << 20)).contains("at most 256 MiB; give it more with JAVA_OPTS=-Xmx1g");
    }
}
