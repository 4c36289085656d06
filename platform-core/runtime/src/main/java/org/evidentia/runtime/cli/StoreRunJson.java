package org.evidentia.runtime.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.evidentia.runtime.EvidentiaVersion;
import org.evidentia.runtime.engine.RunJson;
import org.evidentia.runtime.output.OutputFolderException;
import org.evidentia.runtime.output.StagedOutput;

/**
 * The run.json of a store run before the engine writes its own at the end: one that says the run is
 * under way, written as the run starts, and one that says it failed, written when it fails before
 * its end (a search that could not be made, a store that cannot be opened, a disk that filled up), so
 * that a scheduled wrapper reading {@code NAME-run/run.json} never reads the previous run's "ok" as
 * today's. Each replaces the folder's content whole, as the engine's commit does, and only a folder
 * that is there: where none is, there is no earlier run.json to be taken for today's, and a run
 * refused (or failed) before it applied anything leaves nothing behind, as it did.
 *
 * @param folder  the run.json's folder ({@code NAME-run/} beside the store, or {@code -o DIR})
 * @param store   the store's file
 * @param runDate the run's date
 * @param runDateGiven whether it was given (--run-date) rather than the clock's
 */
record StoreRunJson(Path folder, Path store, Instant runDate, boolean runDateGiven) {

    /**
     * Replaces the folder's run.json, when there is one, by one saying the run is under way ({@code "status":
     * "running"}), unless another run holds the folder now (a run of the same store, which the store's lock refuses next).
     *
     * @throws OutputFolderException when the folder cannot be used or locked (not Evidentia's, a full disk)
     * @throws IOException           when it cannot be written
     */
    void underWay() throws OutputFolderException, IOException {
        write(RunJson.Status.RUNNING, null);
    }

    /**
     * Replaces the folder's run.json by one saying the run failed (or was interrupted, by a signal)
     * with {@code failure}'s message, the words the console shows. Never throws: when even that cannot
     * be written (a disk still full) the run.json of {@link #underWay} stays, saying "running".
     */
    void ended(Exception failure) {
        boolean interrupted = Thread.interrupted(); // a stopped run writes too: its channels would be closed by the interruption
        try {
            boolean stopped = interrupted || failure instanceof InterruptedIOException || failure instanceof InterruptedException;
            write(stopped ? RunJson.Status.INTERRUPTED : RunJson.Status.FAILED, failure.getMessage() != null ? failure.getMessage() : failure.toString());
        } catch (OutputFolderException | IOException | RuntimeException e) {
            failure.addSuppressed(e); // shown with --verbose
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void write(RunJson.Status status, String failure) throws OutputFolderException, IOException {
        if (!Files.isDirectory(folder.toAbsolutePath().normalize())) {
            return; // no earlier run.json; a file in its place is refused by the run's own opening of the folder
        }
        Optional<StagedOutput> taken = StagedOutput.tryOpen(folder);
        if (taken.isEmpty()) {
            return; // another run is writing it
        }
        try (StagedOutput output = taken.get()) {
            writeAndCommit(output, status, failure);
        } catch (IOException e) {
            // a full disk, most often: was the bare "No space left on device"
            throw new IOException("output folder " + folder + ": its run.json cannot be written: " + (e.getMessage() != null ? e.getMessage()
                    : e.getClass().getSimpleName()), e);
        }
    }

    private void writeAndCommit(StagedOutput output, RunJson.Status status, String failure) throws IOException {
        output.folderFor(StagedOutput.ENGINE).write(StagedOutput.RUN_RECORD, out -> {
            try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
                json.setPrettyPrinter(new DefaultPrettyPrinter());
                json.writeStartObject();
                RunJson.writeStatus(json, EvidentiaVersion.withBuild(), runDate, runDateGiven, status, failure);
                json.writeObjectFieldStart("store");
                json.writeStringField("file", store.toAbsolutePath().normalize().toString());
                json.writeEndObject();
                json.writeEndObject();
                json.writeRaw('\n');
            }
        });
        output.commit();
    }
}
