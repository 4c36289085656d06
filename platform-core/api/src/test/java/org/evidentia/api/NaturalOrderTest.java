package org.evidentia.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void comparesDigitRunsAsNumbersAndLettersIgnoringCase() {
        List<String> labels = new ArrayList<>(List.of("IL-10", "il-1", "IL-2", "IL-1β", "CXCL8", "IL-1", "IL-17A", "IL-010"));
        labels.sort(NaturalOrder.INSTANCE);
        assertThat(labels).containsExactly("CXCL8", "IL-1", "il-1", "IL-1β", "IL-2", "IL-010", "IL-10", "IL-17A");
    }
}
