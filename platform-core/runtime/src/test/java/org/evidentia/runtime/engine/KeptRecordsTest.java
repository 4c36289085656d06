package org.evidentia.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Origin;
import org.junit.jupiter.api.Test;

class KeptRecordsTest {

    private final KeptRecords kept = new KeptRecords();

    private static BibliographicRecord read(String pmid, Origin origin) {
        BibliographicRecord.Builder record = BibliographicRecord.builder().pmid(pmid).title("Serum IL-6 in fibromyalgia");
        return (origin == null ? record : record.origin(origin)).build();
    }

    @Test
    void eachRecordGetsBackItsIdHoldingsVersionAndFirstOriginAcrossFilesThatComeAndGoAgain() {
        Origin[] origins = {
            new Origin("pubmed-xml", "a.xml.gz", 1, 3),
            new Origin("pubmed-xml", "a.xml.gz", 2, 41),
            new Origin("medline", "b.txt", 1, 1),
            null,
            new Origin("medline", "b.txt", 7, 90),
            new Origin("pubmed-xml", "a.xml.gz", 9, 400),
            new Origin("medline", "a.xml.gz", 10, 0), // the same file by another source is another place
        };
        for (int i = 0; i < origins.length; i++) {
            kept.add(read(String.valueOf(1000 + i), origins[i]), i % 8, (byte) (i + 1));
        }

        assertThat(kept.size()).isEqualTo(origins.length);
        for (int i = 0; i < origins.length; i++) {
            assertThat(kept.id(i)).isEqualTo(String.valueOf(1000 + i));
            assertThat(kept.holdings(i)).isEqualTo(i % 8);
            assertThat(kept.version(i)).isEqualTo((byte) (i + 1));
            assertThat(kept.firstOrigin(i)).as("record %d", i).isEqualTo(origins[i]);
        }
    }

    @Test
    void numbersBeyondAnIntsRangeOrBelowZeroComeBackWhole() {
        Origin far = new Origin("medline", "huge.txt", 3_000_000_000L, 9_000_000_000L);
        Origin wrong = new Origin("medline", "huge.txt", -1, 5);
        Origin near = new Origin("medline", "huge.txt", Integer.MAX_VALUE, Integer.MAX_VALUE);
        Origin farLine = new Origin("medline", "huge.txt", 4, 5_000_000_000L);
        Origin wrongLine = new Origin("medline", "huge.txt", 5, -2);
        Origin[] origins = {far, wrong, near, farLine, wrongLine};
        for (int i = 0; i < origins.length; i++) {
            kept.add(read(String.valueOf(i), origins[i]), 0, (byte) 1);
        }

        for (int i = 0; i < origins.length; i++) {
            assertThat(kept.firstOrigin(i)).isEqualTo(origins[i]);
        }
    }

    @Test
    void manyRecordsOverSeveralFilesKeepTheirOwn() {
        for (int i = 0; i < 50_000; i++) {
            kept.add(read(String.valueOf(i), new Origin("pubmed-xml", "part" + i / 7_000 + ".xml", i % 7_000 + 1, 3L * i)), 0, (byte) 1);
        }

        assertThat(kept.size()).isEqualTo(50_000);
        for (int i : new int[] {0, 6_999, 7_000, 31_415, 49_999}) {
            assertThat(kept.id(i)).isEqualTo(String.valueOf(i));
            assertThat(kept.firstOrigin(i)).isEqualTo(new Origin("pubmed-xml", "part" + i / 7_000 + ".xml", i % 7_000 + 1, 3L * i));
        }
    }

    @Test
    void idsThatAreNoPlainNumberComeBackAsGiven() {
        String[] ids = {"0", "007", "10.1000/xyz", "12345678", "123456789012345678", "1234567890123456789", "PMC1234"};
        for (String id : ids) {
            kept.add(BibliographicRecord.builder().id(id).title("Serum IL-6 in fibromyalgia").build(), 0, (byte) 1);
        }

        for (int i = 0; i < ids.length; i++) {
            assertThat(kept.id(i)).isEqualTo(ids[i]);
        }
    }
}
