package org.evidentia.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

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
}
