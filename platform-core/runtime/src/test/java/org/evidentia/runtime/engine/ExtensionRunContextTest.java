package org.evidentia.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.evidentia.api.Origin;

import org.junit.jupiter.api.Test;

class ExtensionRunContextTest {

    private record NoOptions() {
    }

    // The review of session 19, N1: a <DeleteCitation> list naming one id twice deleted it, then counted a deletion that matched
    // no record
    @Test
    void anIdAnInputDeletesTwiceAtOneVersionIsOneDeletionInItsOrder() {
        ExtensionRunContext context = new ExtensionRunContext("pubmed-xml", new NoOptions(), new ProblemLog());
        context.deleted("11", 1);
        context.deleted("12");
        context.deleted("11", 1);
        context.deleted("11", 2);

        assertThat(context.deletions()).containsExactly(new Deletion("11", 1), new Deletion("12", null), new Deletion("11", 2));
        assertThat(context.deletedIds()).containsExactly("11", "12", "11");
    }

    /**
     * The review of session 25, A12: a problem without its place failed in the runtime's words ("Cannot invoke Origin.file()
     * because where is null"), and one without words was printed as "warning: ...: null".
     */
    @Test
    void aProblemWithoutItsPlaceOrItsWordsIsRefusedInTheContractsTerms() {
        ProblemLog log = new ProblemLog();
        ExtensionRunContext context = new ExtensionRunContext("kv-records", new NoOptions(), log);
        Origin where = new Origin("kv-records", "a.records", 2, 3);

        assertThatThrownBy(() -> context.skipped(null, "bad row")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kv-records called skipped(null, words): the record's place and what was wrong are both needed");
        assertThatThrownBy(() -> context.warning(where, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kv-records called warning(where, null): the record's place and what was wrong are both needed");
        assertThatThrownBy(() -> context.warning(where, " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kv-records called warning(where, \"\"): the record's place and what was wrong are both needed");
        context.skipped(where, "bad row");
        assertThat(log.count(org.evidentia.api.RunSummary.Problem.Kind.SKIPPED_RECORD)).isEqualTo(1);
    }
}
