package org.evidentia.runtime.engine;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Origin;
import org.evidentia.runtime.host.LoadedExtension;
import org.evidentia.runtime.threads.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names an extractor that has been on one record for longer than a record ever takes (an ordinary one takes well under a
 * millisecond), while the run waits for it: a plugin's rule that never ends on one text left the progress line standing
 * with nothing to say which plugin or record held it, not even at Ctrl-C (an explorer's s20, 7). Each extracting thread
 * tells its {@link Slot} what it works on; a daemon thread looks at the slots and warns once per record and extractor,
 * and again when that record is done. Java cannot stop such an extractor safely, so the run still waits: the warning
 * says how to run without the plugin or the record.
 */
final class SlowExtractionWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SlowExtractionWatch.class);
    /** Longer than any record takes but a broken rule's: a long abstract with every extractor takes milliseconds. */
    static final Duration SLOW = Duration.ofSeconds(30);

    private final long slowNanos;
    private final List<Slot> slots = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Slot> own = ThreadLocal.withInitial(this::newSlot);
    private final ScheduledExecutorService looking;

    /** @param slow how long one extractor may be on one record before it is named */
    SlowExtractionWatch(Duration slow) {
        this.slowNanos = slow.toNanos();
        long every = Math.max(1, Math.min(1000, slow.toMillis() / 4));
        this.looking = Executors.newSingleThreadScheduledExecutor(task -> DaemonThreads.thread(task, "evidentia-slow-extraction"));
        looking.scheduleWithFixedDelay(this::look, every, every, TimeUnit.MILLISECONDS);
    }

    /** The calling thread's slot, to tell what it extracts. */
    Slot slot() {
        return own.get();
    }

    private Slot newSlot() {
        Slot slot = new Slot();
        slots.add(slot);
        return slot;
    }

    /**
     * What one thread extracts now. Written by its thread around each extractor's call (two volatile writes, which over a
     * run of 30,000 records cost nothing measurable), read by the watch's.
     */
    static final class Slot {
        private BibliographicRecord record;
        private LoadedExtension<?> extractor;
        /** {@link System#nanoTime} when the call started; 0 between calls. Written last, so the fields above are the call's. */
        private volatile long since;
        // the watch thread's own
        private long toldSince;
        private BibliographicRecord toldRecord;
        private LoadedExtension<?> toldExtractor;

        void started(BibliographicRecord record, LoadedExtension<?> extractor, long nanoTime) {
            this.record = record;
            this.extractor = extractor;
            this.since = nanoTime == 0 ? 1 : nanoTime;
        }

        void ended() {
            since = 0;
        }
    }

    private void look() {
        long now = System.nanoTime();
        for (Slot slot : slots) {
            long since = slot.since;
            if (slot.toldSince != 0 && since != slot.toldSince) {
                LOG.warn("Extractor {} is done with record {} after {} s", slot.toldExtractor, where(slot.toldRecord),
                        seconds(now - slot.toldSince));
                slot.toldSince = 0;
                slot.toldRecord = null;
            }
            if (since == 0 || since == slot.toldSince || now - since < slowNanos) {
                continue;
            }
            BibliographicRecord record = slot.record;
            LoadedExtension<?> extractor = slot.extractor;
            if (slot.since != since) {
                continue; // the call ended while these were read: they may be of the next one
            }
            slot.toldSince = since;
            slot.toldRecord = record;
            slot.toldExtractor = extractor;
            LOG.warn("Extractor {} has been on record {} for {} s, and the run waits for it: a defect of the extractor, or a text it"
                            + " cannot read in good time. If it never ends, stop the run (Ctrl-C), then run without the extractor (-x naming the"
                            + " others, or `evidentia plugins disable {}`) or without the record (--exclude FILE listing its id, in a run"
                            + " without --store), and tell the plugin's authors", extractor, where(record), seconds(now - since), extractor.pluginId());
        }
    }

    private static String where(BibliographicRecord record) {
        Origin origin = record.origins().isEmpty() ? null : record.origins().get(0);
        return record.id() + (origin == null ? "" : " (" + origin.file() + (origin.line() > 0 ? ":" + origin.line() : "")
                + (origin.recordNumber() > 0 ? ", record " + origin.recordNumber() : "") + ")");
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%,d", TimeUnit.NANOSECONDS.toSeconds(nanos));
    }

    /** Stops looking, after one last look: a slow call that ended since the last one is told done, not left untold. */
    @Override
    public void close() {
        looking.shutdownNow();
        try {
            if (looking.awaitTermination(1, TimeUnit.SECONDS)) {
                look(); // on this thread now: the watch's own fields were last written by its thread, which has ended
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
