package org.evidentia.runtime.output;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A process of its own that takes and releases one lock file many times, for
 * {@link LockFileTest}: a lock is per process, so only processes can show that two never hold it at
 * once. Each time it holds the lock it appends {@code begin NAME} and {@code end NAME} to the log.
 *
 * <p>Arguments: the lock file, the log, the number of times, {@code wait} (take it with
 * {@link LockFile#lock}) or {@code try} (with {@link LockFile#tryLock}, again until it is had), the
 * name, and the file to make when ready and then the file to wait for before the first taking. With
 * the one argument {@code probe} after the lock file, it tries the lock once and exits 0 when it had
 * it, 3 when another held it.
 */
public final class LockFileContender {

    /** The exit code of a probe that found the lock held. */
    static final int HELD_BY_ANOTHER = 3;

    private LockFileContender() {
    }

    public static void main(String[] args) throws Exception {
        Path lockFile = Path.of(args[0]);
        if (args[1].equals("probe")) {
            Optional<LockFile> held = LockFile.tryLock(lockFile);
            if (held.isPresent()) {
                held.get().close();
            }
            System.exit(held.isPresent() ? 0 : HELD_BY_ANOTHER);
        }
        Path log = Path.of(args[1]);
        int times = Integer.parseInt(args[2]);
        boolean waits = args[3].equals("wait");
        String name = args[4];
        Files.createFile(Path.of(args[5]));
        Path go = Path.of(args[6]);
        while (!Files.exists(go)) {
            Thread.sleep(1);
        }
        for (int i = 0; i < times; i++) {
            try (LockFile held = waits ? LockFile.lock(lockFile, () -> { }) : takeByTrying(lockFile)) {
                append(log, "begin " + name + "\n");
                Thread.yield(); // a moment held, so that the others open the file and wait on it meanwhile
                append(log, "end " + name + "\n");
            }
        }
    }

    private static LockFile takeByTrying(Path lockFile) throws Exception {
        while (true) {
            Optional<LockFile> held = LockFile.tryLock(lockFile);
            if (held.isPresent()) {
                return held.get();
            }
            Thread.onSpinWait();
        }
    }

    private static void append(Path log, String line) throws Exception {
        Files.write(log, line.getBytes(StandardCharsets.US_ASCII), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
