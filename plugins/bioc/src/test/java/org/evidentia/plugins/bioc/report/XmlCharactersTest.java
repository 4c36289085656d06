package org.evidentia.plugins.bioc.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlCharactersTest {

    @Test
    void keepsWhatXmlCanHoldAsTheSameString() {
        String text = "Tab\tline\ncarriage\r \u00e9 \u03b3 \uD835\uDF05 \uFFFD";

        assertThat(XmlCharacters.clean(text)).isSameAs(text);
    }

    @Test
    void replacesControlCharactersNonCharactersAndUnpairedSurrogatesOneForOne() {
        String text = "a\u0000b\u001Fc\uFFFEd\uFFFFe\uD800f\uDC00g\uDC00\uD800";

        String clean = XmlCharacters.clean(text);

        assertThat(clean).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFD\uFFFD").hasSameSizeAs(text);
        assertThat(XmlCharacters.clean("\uD835\uDF05\uD800")).isEqualTo("\uD835\uDF05\uFFFD");
    }
}
