package org.evidentia.api;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputFolderTest {

    @ParameterizedTest
    @ValueSource(strings = {"my-table.tsv", "tables/my-table.tsv", "a/../b.tsv", "run.json.bak", "tables/run.json", ".hidden"})
    void takesAFileNameInsideTheFolder(String name) {
        assertThatCode(() -> OutputFolder.checkName(name)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x.tsv", "a/../../x.tsv", "/tmp/x.tsv", "", ".", "a/..", ".evidentia-output", "./.evidentia-output"})
    void refusesANameOutsideTheFolderOrTheFolderOrItsMarker(String name) {
        assertThatThrownBy(() -> OutputFolder.checkName(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + name + "' is not a file name inside the output folder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"run.json", "./run.json", "x/../run.json"})
    void refusesTheRunsOwnRecord(String name) {
        assertThatThrownBy(() -> OutputFolder.checkName(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + name + "' is the run's own record (its inputs, counts and problems); no reporter may write it");
    }
}
