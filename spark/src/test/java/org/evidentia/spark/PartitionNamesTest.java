package org.evidentia.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.catalyst.catalog.ExternalCatalogUtils;
import org.evidentia.runtime.store.SparkOutputImport;
import org.junit.jupiter.api.Test;

/**
 * Review s20, item 2: the job partitions its output by the input's file name, which Spark escapes in
 * the folder's name; the import looks for the folder where Spark puts it. Held here to the Spark the
 * job is built with, so that a Spark that escapes other characters is found out by a test.
 */
class PartitionNamesTest {

    @Test
    void theImportNamesEachPartitionFolderAsSparkWritesIt() {
        StringBuilder every = new StringBuilder();
        for (char c = 1; c < 0x300; c++) {
            if (c != '/' && c != '\\') { // no file name holds them
                every.append(c);
            }
        }
        for (String name : new String[] {"crohn's [1].xml.gz", "set=2.xml", "export 10:30.xml", "a%41?#.xml", "é {x} ^\"*.xml", every.toString()}) {
            assertThat(SparkOutputImport.partitionFolderName(name)).as("the partition folder of '%s'", name)
                    .isEqualTo("input_file=" + ExternalCatalogUtils.escapePathName(name));
        }
    }
}
