package org.evidentia.runtime.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.evidentia.api.BibliographicRecord;
import org.junit.jupiter.api.Test;

class GoldRecordTest {

    /**
     * The review of session 26's change, Q7: a gold line naming a record by its bare DOI matched no record whose source kept
     * the DOI behind a resolver (a BioC file's https://doi.org/...): "no gold record is in the inputs", recall 0.
     */
    @Test
    void aGoldDoiMatchesARecordsDoiInAnySpelling() {
        GoldRecord gold = new GoldRecord(null, "10.9999/Spell.1", null);
        for (String kept : new String[] {"10.9999/spell.1", "https://doi.org/10.9999/Spell.1", "doi:10.9999/SPELL.1"}) {
            assertThat(gold.matches(BibliographicRecord.builder().doi(kept).title("A paper").build())).as(kept).isTrue();
        }
        assertThat(gold.matches(BibliographicRecord.builder().doi("10.9999/spell.2").title("A paper").build())).isFalse();
    }
}
