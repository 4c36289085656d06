package org.evidentia.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class EvidentiaVersionTest {

    private static Properties of(String commit, String dirty) {
        Properties p = new Properties();
        p.setProperty("version", "0.1.0");
        p.setProperty("commit", commit);
        p.setProperty("dirty", dirty);
        return p;
    }

    @Test
    void theBuildIsTheCommitAndWhetherTheCheckoutHadChanges() {
        assertThat(EvidentiaVersion.build(of("a024f949c3d1", "false"))).isEqualTo("a024f949c3d1");
        assertThat(EvidentiaVersion.build(of("a024f949c3d1", "true"))).isEqualTo("a024f949c3d1-dirty");
    }

    /** Built without git, Maven leaves the placeholders as they are written. */
    @Test
    void aBuildWithoutGitIsNotKnown() {
        assertThat(EvidentiaVersion.build(of("${git.commit.id.abbrev}", "${git.dirty}"))).isNull();
        assertThat(EvidentiaVersion.build(new Properties())).isNull();
    }
}
