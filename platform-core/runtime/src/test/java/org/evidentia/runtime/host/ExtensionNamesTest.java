package org.evidentia.runtime.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.evidentia.api.FindingKind;
import org.junit.jupiter.api.Test;

class ExtensionNamesTest {

    /** Extension names and finding-kind names follow one rule: lower-case and hyphenated. */
    @Test
    void anExtensionNameIsValidExactlyWhenItWouldBeAValidFindingKindName() {
        List<String> names = List.of("medline", "review-table", "il6", "pubmed-xml", "x1-2b", "", " ", "Bad Name", "MyTerms_Plugin",
                "myterms_plugin", "Medline", "review--table", "-review", "review-", "9lives", "review table", "café", "a.b");
        for (String name : names) {
            assertThat(ExtensionNames.isName(name)).as("'%s'", name).isEqualTo(isKindName(name));
        }
        assertThat(names.stream().filter(ExtensionNames::isName)).containsExactly("medline", "review-table", "il6", "pubmed-xml", "x1-2b");
        assertThat(ExtensionNames.isName(null)).isFalse();
    }

    private static boolean isKindName(String name) {
        try {
            new FindingKind(name, "Thing", "Things", List.of(), Map.of());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
