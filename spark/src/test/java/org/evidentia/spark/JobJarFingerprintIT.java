package org.evidentia.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.evidentia.runtime.engine.Fingerprints;
import org.evidentia.runtime.host.Artifact;
import org.junit.jupiter.api.Test;

/**
 * The review of session 23, C14: the job named the text-mining kit by its own jar's checksum, which every build changes
 * (it holds the build id), so a store took each rebuild of the job for a change of rules, and a job jar renamed was
 * never compared. Loaded from the job's jar, the kit is named by its own jar, as a local run names it.
 */
class JobJarFingerprintIT {

    @Test
    void theJobsJarNamesTheKitByTheKitsOwnJar() throws Exception {
        Path jobJar = Path.of(System.getProperty("evidentia.test.job-jar"));
        Artifact local = Fingerprints.textMiningJar();
        assertThat(local.file()).as("the kit's own jar on this test's class path").isEqualTo("evidentia-textmining-0.1.0.jar");

        try (URLClassLoader job = new URLClassLoader(new URL[] {jobJar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            Object artifact = job.loadClass(Fingerprints.class.getName()).getMethod("textMiningJar").invoke(null);
            String file = (String) artifact.getClass().getMethod("file").invoke(artifact);
            String sha256 = (String) artifact.getClass().getMethod("sha256").invoke(artifact);

            assertThat(file + " " + sha256).isEqualTo(local.file() + " " + local.sha256());
        }
    }
}
