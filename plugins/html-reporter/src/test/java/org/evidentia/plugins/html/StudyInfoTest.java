package org.evidentia.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.evidentia.api.BibliographicRecord;
import org.junit.jupiter.api.Test;

class StudyInfoTest {

    private static StudyInfo study(BibliographicRecord record) {
        return new StudyInfo(record, 0, "study-1");
    }

    @Test
    void labelsStudiesByFirstAuthorsSurnameAndYear() {
        assertThat(study(BibliographicRecord.builder().pmid("1").author("Smith J").author("Lee K").year(2020).build()).label())
                .isEqualTo("Smith et al. 2020");
        assertThat(study(BibliographicRecord.builder().pmid("1").author("García-López, María").year(2001).build()).label())
                .isEqualTo("García-López 2001");
        assertThat(study(BibliographicRecord.builder().pmid("1").author("Consortium").build()).label()).isEqualTo("Consortium");
        assertThat(study(BibliographicRecord.builder().doi("10.1/x").build()).label()).isEqualTo("10.1/x");
    }

    @Test
    void linksToPubMedElseDoiWithIdentifiersEncoded() {
        assertThat(study(BibliographicRecord.builder().pmid("123").doi("10.1/x").build()).link()).isEqualTo("https://pubmed.ncbi.nlm.nih.gov/123/");
        assertThat(study(BibliographicRecord.builder().doi("10.1002/(SICI)1097-0258(19980815/30)17:15/16<1661::AID-SIM968>3.0.CO;2-2").build()).link())
                .isEqualTo("https://doi.org/10.1002/(SICI)1097-0258(19980815/30)17:15/16%3C1661::AID-SIM968%3E3.0.CO;2-2");
        assertThat(StudyInfo.doiLink("10.1/a b\"c#d?e")).isEqualTo("https://doi.org/10.1/a%20b%22c%23d%3Fe");
        assertThat(StudyInfo.doiLink("10.1/é")).isEqualTo("https://doi.org/10.1/%C3%A9");
        assertThat(study(BibliographicRecord.builder().id("local-1").title("t").build()).link()).isNull();
    }
}
