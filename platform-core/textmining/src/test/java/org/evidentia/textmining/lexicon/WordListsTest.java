package org.evidentia.textmining.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WordListsTest {

    @Test
    void readsNamedListsOfWordsAndPhrasesInLowerCase() {
        WordLists lists = WordLists.load(WordListsTest.class, "word-lists-test.tsv");
        assertThat(lists.names()).containsExactly("colours", "phrases");
        assertThat(lists.get("colours")).containsExactlyInAnyOrder("red", "green", "blue");
        assertThat(lists.get("phrases")).containsExactly("as well as");
        assertThatThrownBy(() -> lists.get("shapes")).hasMessageContaining("has no list 'shapes'");
    }

    @Test
    void aMissingOrMalformedFileIsAPackagingError() {
        assertThatThrownBy(() -> WordLists.load(WordListsTest.class, "no-such.tsv")).hasMessageContaining("no-such.tsv is missing");
        assertThatThrownBy(() -> WordLists.load(WordListsTest.class, "word-lists-bad.tsv"))
                .hasMessageContaining("word-lists-bad.tsv, line 2").hasMessageContaining("name<TAB>entries");
    }
}
