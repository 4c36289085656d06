package org.evidentia.runtime.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lock file that output folders, findings stores and the plugins folder share: held by one at a
 * time, deleted by its holder when done (this is a POSIX system), never opened through a link.
 */
class LockFileTest {

    @TempDir
    Path dir;

    @Test
    void aLockIsHeldByOneAtATimeAndItsFileIsGoneWhenReleased() throws Exception {
        Path file = dir.resolve(".out.lock");
        Optional<LockFile> first = LockFile.tryLock(file);
        assertThat(first).isPresent();
        assertThat(file).isRegularFile();
        assertThat(LockFile.tryLock(file)).as("held: a second taker gets nothing and waits for nothing").isEmpty();
        assertThat(file).as("a taker refused leaves the holder's file").isRegularFile();
        first.get().close();

        assertThat(file).as("deleted by its holder").doesNotExist();
        try (LockFile again = LockFile.tryLock(file).orElseThrow()) {
            assertThat(file).as("made again by the next taker").isRegularFile();
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void aLockReleasedOnAnInterruptedThreadIsDeletedAndTheInterruptionKept() throws Exception {
        // A run stopped by Ctrl-C or SIGTERM is interrupted and releases its locks as it unwinds: the interruption closed
        // the channels the release reads through, and the lock file stayed beside the store.
        Path file = dir.resolve(".review.db.lock");
        LockFile lock = LockFile.tryLock(file).orElseThrow();
        Thread.currentThread().interrupt();
        boolean stillInterrupted;
        try {
            lock.close();
        } finally {
            stillInterrupted = Thread.interrupted();
        }
        assertThat(stillInterrupted).isTrue();
        assertThat(file).doesNotExist();
        try (LockFile again = LockFile.tryLock(file).orElseThrow()) {
            assertThat(file).exists();
        }
    }

    // The review of session 19, D8: a run stopped early was interrupted before it took its lock; the interruption closed the
    // channel between making the file and locking it, and the file stayed
    @Test
    void aLockTakenOnAnInterruptedThreadIsTakenAndItsFileDeletedOnRelease() throws Exception {
        Path file = dir.resolve(".review-run.lock");
        Thread.currentThread().interrupt();
        LockFile lock;
        boolean stillInterrupted;
        try {
            lock = LockFile.tryLock(file).orElseThrow();
        } finally {
            stillInterrupted = Thread.interrupted();
        }
        assertThat(stillInterrupted).isTrue();
        Thread.currentThread().interrupt(); // as the run unwinds
        try {
            lock.close();
        } finally {
            Thread.interrupted();
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void aLockFileLeftByAKilledHolderIsTakenAndThenDeleted() throws Exception {
        Path file = Files.writeString(dir.resolve(".out.lock"), "4242 a holder killed long ago, and a longer line than a token\n");
        try (LockFile taken = LockFile.tryLock(file).orElseThrow()) {
            assertThat(file).isRegularFile();
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void aTakerThatWaitsGetsTheLockWhenItsHolderLetsGo() throws Exception {
        Path file = dir.resolve(".plugins.lock");
        LockFile holder = LockFile.tryLock(file).orElseThrow();
        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<LockFile> waiter = takenOnAnotherThread(file, waiting);
        assertThat(waiting.await(10, TimeUnit.SECONDS)).as("told that it waits").isTrue();
        Thread.sleep(100);
        assertThat(waiter).as("waits while the lock is held").isNotDone();

        holder.close();
        try (LockFile taken = waiter.get(10, TimeUnit.SECONDS)) {
            assertThat(file).as("the file the waiter holds").isRegularFile();
            assertThat(LockFile.tryLock(file)).isEmpty();
        }
        assertThat(file).doesNotExist();
    }

    /**
     * The race that deleting a lock file opens: a taker waiting on (or trying) the file its holder
     * deletes must not hold the deleted file while another holds the new one. Four processes take
     * and release one lock 400 times each, two waiting, two trying; each appends begin and end to a
     * log while it holds it, and no two holdings may interleave.
     */
    @Test
    void processesTakingAndReleasingOneLockNeverHoldItAtOnce() throws Exception {
        Path file = dir.resolve(".shared.lock");
        Path log = dir.resolve("holdings.log");
        Path go = dir.resolve("go");
        int processes = 4;
        int times = 400;
        String javaCommand = javaCommand();
        String classPath = contenderClassPath();
        List<Process> contenders = new ArrayList<>();
        List<Path> ready = new ArrayList<>();
        try {
            for (int p = 0; p < processes; p++) {
                ready.add(dir.resolve("ready-" + p));
                contenders.add(new ProcessBuilder(javaCommand, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", classPath,
                        LockFileContender.class.getName(), file.toString(), log.toString(), String.valueOf(times),
                        p % 2 == 0 ? "wait" : "try", "p" + p, ready.get(p).toString(), go.toString())
                        .redirectErrorStream(true).redirectOutput(dir.resolve("contender-" + p + ".out").toFile()).start());
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!ready.stream().allMatch(Files::exists) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            Files.createFile(go);
            for (int p = 0; p < processes; p++) {
                assertThat(contenders.get(p).waitFor(2, TimeUnit.MINUTES)).as("contender %d ends", p).isTrue();
                assertThat(contenders.get(p).exitValue()).as("contender %d: %s", p, Files.readString(dir.resolve("contender-" + p + ".out")))
                        .isZero();
            }
        } finally {
            contenders.forEach(Process::destroyForcibly);
        }

        List<String> lines = Files.readAllLines(log);
        assertThat(lines).hasSize(2 * processes * times);
        for (int i = 0; i < lines.size(); i += 2) {
            String holder = lines.get(i).substring("begin ".length());
            assertThat(lines.get(i)).as("line %d", i + 1).startsWith("begin ");
            assertThat(lines.get(i + 1)).as("line %d: %s held the lock since line %d, and no one else may begin meanwhile", i + 2, holder, i + 1)
                    .isEqualTo("end " + holder);
        }
        assertThat(file).as("the last holder deleted it").doesNotExist();
    }

    /**
     * A POSIX lock belongs to the process, and closing any descriptor of its file releases it: a
     * second taker in the same process must not open the file and close it again.
     */
    @Test
    void anotherThreadRefusedOrWaitingLeavesTheLockHeldForOtherProcesses() throws Exception {
        Path file = dir.resolve(".out.lock");
        LockFile held = LockFile.tryLock(file).orElseThrow();
        assertThat(CompletableFuture.supplyAsync(() -> {
            try {
                return LockFile.tryLock(file);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).get(10, TimeUnit.SECONDS)).as("another thread is refused").isEmpty();
        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<LockFile> waiter = takenOnAnotherThread(file, waiting);
        assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(probe(file)).as("another process finds it held").isEqualTo(LockFileContender.HELD_BY_ANOTHER);
        held.close();
        waiter.get(10, TimeUnit.SECONDS).close();
        assertThat(probe(file)).as("free once released").isZero();
    }

    private int probe(Path file) throws Exception {
        Process probe = new ProcessBuilder(javaCommand(), "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", contenderClassPath(),
                LockFileContender.class.getName(), file.toString(), "probe").redirectErrorStream(true)
                .redirectOutput(dir.resolve("probe.out").toFile()).start();
        assertThat(probe.waitFor(1, TimeUnit.MINUTES)).isTrue();
        return probe.exitValue();
    }

    /** {@link LockFile#lock} of {@code file} on another thread, which counts {@code waiting} down when it starts to wait. */
    private static CompletableFuture<LockFile> takenOnAnotherThread(Path file, CountDownLatch waiting) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return LockFile.lock(file, waiting::countDown);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String contenderClassPath() throws Exception {
        return location(LockFile.class) + File.pathSeparator + location(LockFileContender.class);
    }

    @Test
    void aLinkIsNotFollowed() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path planted = Files.createSymbolicLink(dir.resolve(".out.lock"), elsewhere.resolve("created-by-lock"));

        assertThatThrownBy(() -> LockFile.tryLock(planted)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> LockFile.lock(planted, () -> { })).isInstanceOf(IOException.class);
        assertThat(elsewhere.resolve("created-by-lock")).doesNotExist();
        assertThat(Files.isSymbolicLink(planted)).isTrue();
    }

    @Test
    void aTakeThatFailsOnAFullDiskLeavesNoLockFile() throws Exception {
        // A store run retried while its disk is still full was refused ("cannot be locked: ... no space left on device")
        // and left an empty .review.db.lock beside the store: the file is made, and then its token cannot be written.
        Path tiny = Files.createDirectories(dir.resolve("tiny"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", tiny.toString()).redirectErrorStream(true).start();
        boolean mounted = mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
        Assumptions.assumeTrue(mounted, "a small tmpfs cannot be mounted here (it needs root): "
                + new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
        try {
            fill(tiny.resolve("filler"));
            Path file = tiny.resolve(".review.db.lock");
            assertThatThrownBy(() -> LockFile.tryLock(file)).isInstanceOf(IOException.class).hasMessageContaining("No space left on device");
            assertThat(file).as("no lock file left by the take that failed").doesNotExist();
            assertThatThrownBy(() -> LockFile.lock(file, () -> { })).isInstanceOf(IOException.class);
            assertThat(file).doesNotExist();

            Files.delete(tiny.resolve("filler"));
            try (LockFile taken = LockFile.tryLock(file).orElseThrow()) {
                assertThat(file).as("the key was let go: taken once there is room").isRegularFile();
            }
            assertThat(file).doesNotExist();
        } finally {
            new ProcessBuilder("umount", "-l", tiny.toString()).redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Writes {@code file} until its file system is full. */
    private static void fill(Path file) throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            assertThat(full).hasMessageContaining("No space left on device");
        }
    }

    private static String location(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    @Test
    void isHeldTellsAHeldLockFromAFileAKilledHolderLeftWithoutTakingOrMakingIt() throws Exception {
        // A report tells a store run under way from one killed part-way (review 24 H1): both leave the store's lock file.
        Path file = dir.resolve(".review.db.lock");
        assertThat(LockFile.isHeld(file)).isFalse();
        assertThat(file).as("the probe makes no lock file").doesNotExist();
        try (LockFile held = LockFile.tryLock(file).orElseThrow()) {
            assertThat(LockFile.isHeld(file)).isTrue();
            assertThat(LockFile.tryLock(file)).as("still held after the probe").isEmpty();
        }
        Files.writeString(file, "left by a holder killed long ago\n");
        assertThat(LockFile.isHeld(file)).isFalse();
        assertThat(file).as("the probe deletes nothing").exists();
        Optional<LockFile> taken = LockFile.tryLock(file);
        assertThat(taken).as("a probe leaves the lock free").isPresent();
        taken.get().close();
    }
}
