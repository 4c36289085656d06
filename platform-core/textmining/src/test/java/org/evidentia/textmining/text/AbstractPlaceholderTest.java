package org.evidentia.textmining.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AbstractPlaceholderTest {

    @Test
    void whatDatabasesWriteForNoAbstractIsNoAbstract() {
        assertThat(AbstractPlaceholder.isNoAbstract("[No abstract available]")).isTrue();
        assertThat(AbstractPlaceholder.isNoAbstract(" No abstract available. ")).isTrue();
        assertThat(AbstractPlaceholder.isNoAbstract("[NO ABSTRACT]")).isTrue();
        assertThat(AbstractPlaceholder.isNoAbstract("[No abstract\n available]")).as("wrapped").isTrue();
        assertThat(AbstractPlaceholder.isNoAbstract(" ")).isTrue();
        assertThat(AbstractPlaceholder.isNoAbstract(null)).isTrue();
    }

    @Test
    void anAbstractThatSpeaksOfNoAbstractIsOne() {
        assertThat(AbstractPlaceholder.isNoAbstract("No abstract available for IL-6 was ever found; serum IL-6 rose.")).isFalse();
        assertThat(AbstractPlaceholder.isNoAbstract("Serum IL-6 rose.")).isFalse();
    }
}
