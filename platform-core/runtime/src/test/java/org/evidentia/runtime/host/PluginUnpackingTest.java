package org.evidentia.runtime.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.evidentia.api.Reporter;
import org.evidentia.runtime.host.fixtures.PlainReporter;
import org.evidentia.runtime.output.LockFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host unpacks a zip new since the last start holding the plugins folder's lock, so that commands
 * started together never unpack one zip into one folder at once, and one never loads a folder that
 * another is replacing; a host that finds every zip unpacked takes no lock and waits for nothing.
 */
class PluginUnpackingTest {

    @TempDir
    Path plugins;

    private static final long WAIT_SECONDS = 30;

    /** Threads of the test's own: the common pool has one thread on a 2-core machine, too few for hosts that wait for each other. */
    private final ExecutorService threads = Executors.newFixedThreadPool(3);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void aFreshZipIsUnpackedOnlyOnceTheFolderIsFreeAndWhatTheHolderUnpackedIsNotUnpackedAgain() throws Exception {
        PluginFolders.zip(plugins, "fresh", "*", null, PlainReporter.class);
        CountDownLatch waiting = new CountDownLatch(1);

        CompletableFuture<PluginHost> second;
        try (LockFile first = LockFile.tryLock(plugins.resolve(PluginHost.FOLDER_LOCK)).orElseThrow()) {
            second = CompletableFuture.supplyAsync(() -> new PluginHost(plugins, "0.1.0").start(waiting::countDown), threads);
            assertThat(waiting.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("waits for the command that holds the folder").isTrue();
            assertThat(plugins.resolve("fresh")).as("nothing unpacked while another command holds the folder").doesNotExist();
            // what the command holding the folder does meanwhile: unpack the zip, as a plugins command's host does
            try (PluginHost holders = new PluginHost(plugins, "0.1.0").startUnderCallersLock()) {
                assertThat(holders.problems()).isEmpty();
            }
            Files.writeString(plugins.resolve("fresh/unpacked-by-the-first"), "");
        }

        try (PluginHost host = second.get(WAIT_SECONDS, TimeUnit.SECONDS)) {
            assertThat(host.problems()).isEmpty();
            assertThat(host.extensions(Reporter.class)).extracting(LoadedExtension::name).containsExactly("plain");
        }
        assertThat(plugins.resolve("fresh/unpacked-by-the-first")).as("the folder the first unpacked, not unpacked again").exists();
        assertThat(plugins.resolve(PluginHost.FOLDER_LOCK)).as("gone with its last holder").doesNotExist();
    }

    @Test
    void anUnpackedPluginHasThePermissionsOfAnyNewFolderSoThatTheInstallationsOtherUsersLoadItToo() throws Exception {
        PluginFolders.zip(plugins, "shared", "*", null, PlainReporter.class);
        new PluginHost(plugins, "0.1.0").start().close();
        Set<PosixFilePermission> anyNewFolder = Files.getPosixFilePermissions(Files.createDirectory(plugins.resolve(".a-new-folder")));
        Assumptions.assumeTrue(anyNewFolder.contains(PosixFilePermission.OTHERS_READ),
                "this process's umask gives new folders no read access for others: the case cannot be told from the fault");

        assertThat(Files.getPosixFilePermissions(plugins.resolve("shared"))).as("not a temporary folder's owner-only permissions")
                .isEqualTo(anyNewFolder);
    }

    @Test
    void aStartThatFindsEveryZipUnpackedTakesNoLockAndWaitsForNothing() throws Exception {
        PluginFolders.zip(plugins, "kept", "*", null, PlainReporter.class);
        new PluginHost(plugins, "0.1.0").start().close();
        AtomicBoolean waited = new AtomicBoolean();

        PluginHost host;
        try (LockFile another = LockFile.tryLock(plugins.resolve(PluginHost.FOLDER_LOCK)).orElseThrow()) {
            host = CompletableFuture.supplyAsync(() -> new PluginHost(plugins, "0.1.0").start(() -> waited.set(true)), threads)
                    .get(WAIT_SECONDS, TimeUnit.SECONDS);
        }

        try (host) {
            assertThat(waited).isFalse();
            assertThat(host.extensions(Reporter.class)).extracting(LoadedExtension::name).containsExactly("plain");
        }
    }

    @Test
    void hostsStartedAtOnceOnAFreshZipEachLoadItWhole() throws Exception {
        for (int round = 0; round < 10; round++) {
            Path folder = Files.createDirectories(plugins.resolve("round-" + round));
            PluginFolders.zip(folder, "fresh", "*", null, PlainReporter.class);
            CyclicBarrier together = new CyclicBarrier(3);
            List<CompletableFuture<List<String>>> hosts = new ArrayList<>();
            for (int h = 0; h < 3; h++) {
                hosts.add(CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(together);
                    try (PluginHost host = new PluginHost(folder, "0.1.0").start()) {
                        List<String> seen = new ArrayList<>(host.problems().stream().map(PluginProblem::toString).toList());
                        host.extensions(Reporter.class).forEach(e -> seen.add("reporter " + e.name()));
                        return seen;
                    }
                }, threads));
            }
            for (CompletableFuture<List<String>> host : hosts) {
                assertThat(host.get(WAIT_SECONDS, TimeUnit.SECONDS)).as("round %d", round).containsExactly("reporter plain");
            }
        }
    }

    private static void awaitQuietly(CyclicBarrier barrier) {
        try {
            barrier.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
