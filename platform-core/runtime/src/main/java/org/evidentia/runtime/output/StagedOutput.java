package org.evidentia.runtime.output;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.evidentia.api.OutputFolder;
import org.evidentia.runtime.input.FileDigests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run's output folder, written whole or not at all. Files are written into a staging folder
 * beside the target; {@link #commit()} swaps it in for the previous outputs with two renames, so
 * the target holds one run's files, never a mix of two runs. A run that fails before committing,
 * or is killed, leaves the previous outputs as they were; a kill between the two renames is
 * repaired by the next run, which puts the previous outputs back.
 *
 * <p>A folder that Evidentia did not make is never emptied: a target that exists and holds files
 * without Evidentia's marker ({@value #MARKER}) is refused, unless it is wholly an earlier
 * version's output ({@link OutputFolderOrigin}). The marker lists the files of the run that wrote
 * the folder, and a folder holding others (added by hand since) is refused too. Two runs on one target at once are refused too:
 * the second finds the first's lock, which is never opened through a link.
 *
 * <p>The streams {@link OutputFolder#create} hands out are their owner's to close. Those still open
 * when the owner's part ends ({@link #finished}) or at the commit are closed by the runtime, which
 * writes what its own buffer holds, and said: a file left open may lack what the owner buffered
 * itself. The stream and writer of {@link OutputFolder#write}/{@link OutputFolder#writeText} are
 * the runtime's: a body that closes them (as a CSV printer or JSON generator closing its target
 * does) only flushes them.
 *
 * <p>Beside the target {@code out} live, during a run, {@code .out.lock} (deleted as the run ends,
 * refused or not; see {@link LockFile}) and {@code .out.work/}.
 */
public final class StagedOutput implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StagedOutput.class);
    /** The file that marks a folder as an Evidentia output folder. */
    public static final String MARKER = ".evidentia-output";
    /** The marker's line after which the run's files are listed, one a line, relative, with {@code /} between folders. */
    static final String FILES_LISTED = "The files of the run that wrote it, which the next run may replace (it refuses a folder holding others):";
    private static final String MARKER_TEXT = "This folder is written by Evidentia: each run replaces its whole content.\n";
    /** The run's own record, which only the engine (owner {@value #ENGINE}) writes. */
    public static final String RUN_RECORD = "run.json";
    /** The owner name of the engine's own files. */
    public static final String ENGINE = "evidentia";
    private static final int BUFFER = 64 * 1024;

    private final Path target;
    private final Path work;
    /** The files the previous run's marker lists, as {@link #listed} names them; none for a new folder. */
    private Set<String> previousFiles = Set.of();
    private final Path staging;
    private final LockFile lock;
    private final Map<String, List<Path>> filesByOwner = new LinkedHashMap<>();
    /** The owners in the order their folders were first asked for ({@link #folderFor}), discarded ones too. */
    private final List<String> owners = new ArrayList<>();
    /** By owner: the streams {@link OutputFolder#create} gave it that it has not closed yet, in the order created. */
    private final Map<String, List<CreatedStream>> openStreams = new LinkedHashMap<>();
    /** The files written whole (their streams closed), by place in the outputs; a discarded owner's are removed. */
    private final Map<Path, WrittenFile> written = new LinkedHashMap<>();
    /** Whether the owners' ends are under way ({@link #endsBegin}); before, owners ask for names one after the other. */
    private boolean ending;
    /** The names first asked for since the ends began, each with the owners that asked for it, in the order they asked. */
    private final Map<Path, List<String>> askedAtTheEnd = new HashMap<>();
    /** How many files were written aside: those of a name another owner was given at the end. */
    private int aside;
    private boolean committed;

    private StagedOutput(Path target, Path work, LockFile lock) {
        this.target = target;
        this.work = work;
        this.staging = work.resolve("staging");
        this.lock = lock;
    }

    /**
     * Takes the target folder for one run: checks it may be replaced, locks it against other runs,
     * repairs a swap an earlier run was killed in, and prepares an empty staging folder.
     *
     * @throws OutputFolderException when the target is a file, holds files Evidentia did not write,
     *     is in use by another run, or its lock cannot be taken (a full disk)
     * @throws IOException when the folders cannot be written
     */
    public static StagedOutput open(Path target) throws OutputFolderException, IOException {
        return tryOpen(target).orElseThrow(() -> new OutputFolderException("output folder " + target + " is in use by another Evidentia run; "
                + "wait for it to finish or give another folder with -o"));
    }

    /**
     * Why a run would refuse {@code target} as its output folder, told without taking it (for {@code validate}): it is a
     * file, or a folder holding files Evidentia did not write; empty when a run would take it (a lock held or a folder not
     * writable is found only when a run tries).
     */
    public static Optional<String> whyRefused(Path target) throws IOException {
        if (Files.exists(target) && !Files.isDirectory(target)) {
            return Optional.of(isAFile(target));
        }
        Optional<String> foreign = Files.isDirectory(target) ? OutputFolderOrigin.whyForeign(target) : Optional.empty();
        return foreign.map(why -> holdsForeignFiles(target, why));
    }

    /** The refusal of an output folder that is a file, as a run and {@code validate} word it. */
    private static String isAFile(Path target) {
        return "output folder " + target + " is a file, not a folder";
    }

    /** The refusal of an output folder holding what Evidentia did not write ({@code why}), as a run and {@code validate} word it. */
    private static String holdsForeignFiles(Path target, String why) {
        return "output folder " + target + " " + why + "; a run replaces its output folder's whole content, so give a new or empty folder";
    }

    /**
     * As {@link #open}, but empty, without waiting, when another run holds the target: for what is
     * written only when no run is writing there (a store run's run.json saying it is under way).
     */
    public static Optional<StagedOutput> tryOpen(Path target) throws OutputFolderException, IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null) {
            throw new OutputFolderException("cannot write the outputs into the file system's root " + absolute + "; give a folder with -o");
        }
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new OutputFolderException(isAFile(target) + "; give a folder with -o");
        }
        try {
            Files.createDirectories(parent);
        } catch (FileSystemException e) {
            throw new OutputFolderException("cannot create the folder " + parent + " for the outputs (" + reason(e) + ")");
        }
        String name = absolute.getFileName().toString();
        Path lockFile = parent.resolve("." + name + ".lock");
        Optional<LockFile> held;
        try {
            held = LockFile.tryLock(lockFile);
        } catch (AccessDeniedException e) {
            // the folder given with -o is what the user knows to change; its parent is where the lock and staging go
            if (Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS) && Files.isWritable(parent)) {
                // in a folder such as /tmp (sticky) only the file's owner may remove it, so the advice names the owner
                throw new OutputFolderException("output folder " + target + " cannot be locked: its lock file " + lockFile + ownedBy(lockFile)
                        + " is not writable by this user (permission denied; another user's run, running or ended, may have left it); if no"
                        + " run is writing the folder, remove it (in a folder such as /tmp only its owner or root may), or give another"
                        + " folder with -o");
            }
            throw new OutputFolderException("output folder " + target + " cannot be written: its parent folder " + parent + " is not writable"
                    + " by this user (permission denied), and Evidentia writes its lock and working folder there; make it writable, or"
                    + " give another folder with -o");
        } catch (IOException e) { // a link gives ELOOP, a plain IOException
            if (Files.isSymbolicLink(lockFile)) {
                throw new OutputFolderException("the lock file " + lockFile + " of output folder " + target + " is a symbolic link;"
                        + " Evidentia does not open its lock files through links: remove the link, or give another folder with -o");
            }
            // a full disk, most often (the store's lock is worded alike): was the bare "No space left on device"
            throw new OutputFolderException("output folder " + target + " cannot be locked: " + lockFile + ": "
                    + (e instanceof FileSystemException fs ? reason(fs) : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()), e);
        }
        if (held.isEmpty()) {
            return Optional.empty();
        }
        Path work = parent.resolve("." + name + ".work");
        StagedOutput output = new StagedOutput(absolute, work, held.get());
        try {
            output.repairAndPrepare(target);
            return Optional.of(output);
        } catch (OutputFolderException | RuntimeException e) {
            output.close();
            throw e;
        } catch (IOException e) {
            output.close();
            // a full disk, most often, as for the lock: was the bare "No space left on device"
            throw new IOException("output folder " + target + " cannot be prepared in " + output.work + ": " + (e.getMessage() != null ? e.getMessage()
                    : e.getClass().getSimpleName()), e);
        }
    }

    private void repairAndPrepare(Path asGiven) throws OutputFolderException, IOException {
        Path previous = work.resolve("previous");
        if (!Files.exists(target) && Files.isDirectory(previous)) {
            Files.move(previous, target); // an earlier run was killed between its two renames
        }
        Optional<String> foreign = Files.isDirectory(target) ? OutputFolderOrigin.whyForeign(target) : Optional.empty();
        if (foreign.isPresent()) {
            throw new OutputFolderException(holdsForeignFiles(asGiven, foreign.get()) + " with -o");
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) && !Files.isWritable(target)) {
            // told now, before any input is read: the commit moves the folder aside, which takes writing in it (a link is
            // moved itself, whatever its folder allows). On Windows the check reads the folder's ACL alone, a heuristic.
            throw new OutputFolderException("output folder " + asGiven + " is not writable by this user (permission denied): a run"
                    + " replaces its content; make it writable, or give another folder with -o");
        }
        Path marker = target.resolve(MARKER);
        if (Files.isDirectory(target) && Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            previousFiles = OutputFolderOrigin.listedFiles(marker).orElse(Set.of());
        }
        FileTrees.delete(work);
        Files.createDirectories(staging);
        Files.writeString(staging.resolve(MARKER), MARKER_TEXT);
    }

    /**
     * The files the previous run wrote in the output folder (as its marker lists them) that this run has not written, but
     * its run record, which the commit writes, sorted: they go with the previous outputs at the commit. A reporter no longer
     * there (its plugin disabled or removed) took a living review's report.html away without a word (an explorer's s22, L5).
     */
    public synchronized List<String> previousFilesNotWritten() {
        Set<String> now = new HashSet<>();
        files().forEach(f -> now.add(listed(f)));
        return previousFiles.stream().filter(f -> !now.contains(f) && !f.equals(RUN_RECORD)).sorted().toList();
    }

    /** The folder the outputs will be in. */
    public Path target() {
        return target;
    }

    /**
     * A view of the output folder that records the files one writer (a reporter, the engine) creates.
     * {@link #files()} lists owners in the order their folders were asked for here, so reporters
     * that write at the same time, on different threads, are listed in the run's reporter order.
     */
    public synchronized OutputFolder folderFor(String owner) {
        filesByOwner.putIfAbsent(owner, new ArrayList<>());
        if (!owners.contains(owner)) {
            owners.add(owner);
        }
        return new OwnedFolder(owner);
    }

    /** A scratch folder of one owner's, outside the outputs, deleted when the run ends. */
    public Path scratchFolder(String owner) throws IOException {
        return Files.createDirectories(work.resolve("scratch").resolve(owner.replaceAll("[^A-Za-z0-9._-]", "_")));
    }

    /** Removes what {@code owner} wrote: a failed reporter's files are not part of the outputs. */
    public synchronized void discard(String owner) throws IOException {
        for (CreatedStream left : openStreams.getOrDefault(owner, List.of())) {
            left.closeQuietly();
        }
        openStreams.remove(owner);
        for (Path file : filesByOwner.getOrDefault(owner, List.of())) {
            Files.deleteIfExists(staging.resolve(file));
            written.remove(file);
            removeEmptyFolders(staging.resolve(file).getParent());
        }
        filesByOwner.remove(owner);
    }

    /** Removes {@code folder} and those above it, up to the staging folder, while they are empty: a failed owner's folders. */
    private void removeEmptyFolders(Path folder) throws IOException {
        for (Path empty = folder; !empty.equals(staging) && empty.startsWith(staging); empty = empty.getParent()) {
            try (Stream<Path> left = Files.list(empty)) {
                if (left.findAny().isPresent()) {
                    return;
                }
            } catch (NoSuchFileException gone) {
                continue;
            }
            Files.delete(empty);
        }
    }

    /**
     * Ends {@code owner}'s part in the outputs (a reporter's, once its writer is closed): the
     * streams of {@link OutputFolder#create} it left open are closed, so that their files hold what
     * the runtime buffered, and named.
     *
     * @throws IOException when it left any open: "term-counts did not close term-counts.tsv ...",
     *     which makes the caller fail the owner as for any other breach of the reporter contract
     */
    public void finished(String owner) throws IOException {
        List<String> left = closeLeftOpen(owner);
        if (!left.isEmpty()) {
            throw new IOException(owner + " did not close " + String.join(", ", left) + ", which it created with"
                    + " OutputFolder.create: the creator closes such a stream, and a file left open may lack what it had buffered");
        }
    }

    /** Closes the streams {@code owner} left open; their names, in the order created. */
    private List<String> closeLeftOpen(String owner) {
        List<CreatedStream> left;
        synchronized (this) {
            left = openStreams.remove(owner);
        }
        if (left == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (CreatedStream stream : left) {
            stream.closeQuietly();
            names.add(stream.name);
        }
        return names;
    }

    /**
     * From now on owners write at the same time (the reporters' ends, each on a thread of its own). A
     * name first asked for from now on that another owner asks for too is refused to all that ask, by
     * {@link #clashAtTheEnd} once they have ended, not to the later ones as they ask: which owners fail,
     * and what they are told, must not depend on which asked first. Meanwhile each writes its own copy,
     * aside from the outputs. A name given before stays its owner's, and is refused to any other, as ever.
     */
    public synchronized void endsBegin() {
        ending = true;
    }

    /**
     * Why {@code owner} fails though each of its files was created: a name it asked for at the end
     * ({@link #endsBegin}) was asked for by another owner too (the first such name, by place); empty
     * when none. Call it once the owners have ended.
     */
    public synchronized Optional<NameTaken> clashAtTheEnd(String owner) {
        return askedAtTheEnd.entrySet().stream()
                .filter(asked -> asked.getValue().size() > 1 && asked.getValue().contains(owner))
                .min(Map.Entry.comparingByKey())
                .map(asked -> NameTaken.atTheEnd(listed(asked.getKey()), owner, inOwnerOrder(asked.getValue())));
    }

    /** The files of the outputs so far, relative to the output folder: by owner (see {@link #folderFor}), each owner's in the order created. */
    public synchronized List<Path> files() {
        List<Path> all = new ArrayList<>();
        filesByOwner.values().forEach(all::addAll);
        return all;
    }

    /**
     * The files of the outputs whose streams are closed, each with its size and SHA-256, sorted by
     * place as the marker lists them: what run.json lists, so that a reader can check a table or
     * report is the run's, byte for byte. The digest is taken as the bytes are written, not by
     * reading the files again.
     */
    public synchronized List<WrittenFile> written() {
        return written.values().stream().sorted(Comparator.comparing(WrittenFile::path)).toList();
    }

    /**
     * One file of the outputs as written.
     *
     * @param path   its place in the output folder, relative, with {@code /} between folders
     * @param bytes  its size
     * @param sha256 the hex SHA-256 of its bytes
     */
    public record WrittenFile(String path, long bytes, String sha256) {
    }

    /** Swaps the staged outputs in for the previous ones, with the marker listing them. */
    public void commit() throws IOException {
        List<String> owners;
        synchronized (this) {
            owners = List.copyOf(openStreams.keySet());
        }
        for (String owner : owners) { // the engine's own check (finished) comes first; this is the last resort
            LOG.warn("{} did not close {}, which it created with OutputFolder.create; it was closed at the commit and may lack"
                    + " what {} had buffered", owner, String.join(", ", closeLeftOpen(owner)), owner);
        }
        StringBuilder marker = new StringBuilder(MARKER_TEXT).append(FILES_LISTED).append('\n');
        files().stream().map(StagedOutput::listed).sorted().forEach(name -> marker.append(name).append('\n'));
        Files.writeString(staging.resolve(MARKER), marker);
        Path previous = work.resolve("previous");
        if (Files.exists(target)) {
            Files.move(target, previous);
        }
        Files.move(staging, target);
        committed = true;
        FileTrees.delete(work);
    }

    /** Releases the lock; without a commit, the staged files are deleted and the previous outputs stay. */
    @Override
    public void close() throws IOException {
        try {
            if (!committed || Files.exists(work)) {
                FileTrees.delete(work);
            }
        } finally {
            lock.close();
        }
    }

    /** A file's place in the output folder as the marker lists it: relative, with {@code /} between folders. */
    static String listed(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }

    private synchronized Path register(String owner, String name) {
        if (!(owner.equals(ENGINE) && name.equals(RUN_RECORD))) {
            OutputFolder.checkName(name);
        }
        Path relative = Path.of(name).normalize();
        Path resolved = staging.resolve(relative).normalize();
        for (Map.Entry<String, List<Path>> written : filesByOwner.entrySet()) {
            if (written.getValue().contains(relative)) {
                List<String> askers = askedAtTheEnd.get(relative);
                if (written.getKey().equals(owner) || askers != null && askers.contains(owner)) {
                    throw new IllegalArgumentException("'" + name + "' is written twice by " + owner);
                }
                if (askers == null) {
                    throw new NameTaken(name, written.getKey());
                }
                askers.add(owner); // refused to all once they have ended (clashAtTheEnd); till then, a copy of its own
                return work.resolve("aside").resolve(String.valueOf(++aside)).resolve(relative);
            }
        }
        filesByOwner.computeIfAbsent(owner, o -> new ArrayList<>()).add(relative);
        if (ending) {
            askedAtTheEnd.put(relative, new ArrayList<>(List.of(owner)));
        }
        return resolved;
    }

    /** {@code some} in the order of their folders ({@link #folderFor}): the reporter order, whether discarded since or not. */
    private List<String> inOwnerOrder(List<String> some) {
        return some.stream().sorted(Comparator.comparingInt(owners::indexOf)).toList();
    }

    /**
     * A file name another owner has written already, refused: each file of the outputs has one
     * writer. It names the file and that owner, so that the run can say which option chose the name.
     */
    public static final class NameTaken extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final String name;
        private final String owner;

        NameTaken(String name, String owner) {
            this(name, owner, "'" + name + "' is written by " + owner + " already: each file of the outputs has one writer");
        }

        private NameTaken(String name, String owner, String message) {
            super(message);
            this.name = name;
            this.owner = owner;
        }

        /** A name several owners asked for at the end, as told to {@code told}: one message for all of them. */
        static NameTaken atTheEnd(String name, String told, List<String> askers) {
            String other = askers.stream().filter(asker -> !asker.equals(told)).findFirst().orElse(told);
            String all = String.join(", ", askers.subList(0, askers.size() - 1)) + " and " + askers.get(askers.size() - 1);
            return new NameTaken(name, other, "'" + name + "' is written by " + all + ", which asked for it as they finished:"
                    + " each file of the outputs has one writer, and a name asked for by more than one at the end is given to none");
        }

        /** The file name as asked for. */
        public String name() {
            return name;
        }

        /** Who else asked for it: the one it was given to, or at the end the first other that asked (a reporter's name). */
        public String owner() {
            return owner;
        }
    }

    /** " (owner NAME)", or nothing when the owner cannot be read. */
    private static String ownedBy(Path file) {
        try {
            return " (owner " + Files.getOwner(file, LinkOption.NOFOLLOW_LINKS).getName() + ")";
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
    }

    /** Why a file system call failed, in words: Java names the common failures by class alone, with no reason. */
    private static String reason(FileSystemException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e.getReason() != null) {
            return e.getReason();
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return e.getFile() + " is a file, not a folder";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "the file system does not let it be made (no such file or folder)";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return e.getFile() + " is not a folder";
        }
        return "failed (" + e.getClass().getSimpleName() + ")";
    }

    /** The output folder as one owner sees it. */
    private final class OwnedFolder implements OutputFolder {
        private final String owner;

        OwnedFolder(String owner) {
            this.owner = owner;
        }

        @Override
        public Path root() {
            return target;
        }

        @Override
        public OutputStream create(String name) throws IOException {
            return created(name);
        }

        private CreatedStream created(String name) throws IOException {
            Path file = register(owner, name);
            Files.createDirectories(file.getParent());
            Digesting digesting = new Digesting(Files.newOutputStream(file));
            CreatedStream stream = new CreatedStream(owner, name, staging.relativize(file), digesting,
                    new BufferedOutputStream(digesting, BUFFER));
            synchronized (StagedOutput.this) {
                openStreams.computeIfAbsent(owner, o -> new ArrayList<>()).add(stream);
            }
            return stream;
        }

        @Override
        public Path write(String name, Body<OutputStream> body) throws IOException {
            try (OutputStream out = created(name)) {
                body.writeTo(new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        out.flush(); // the stream is the runtime's: a body that closes it only flushes
                    }
                });
            }
            return target.resolve(name).normalize();
        }

        @Override
        public Path writeText(String name, Body<Writer> body) throws IOException {
            return write(name, out -> {
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                    @Override
                    public void close() throws IOException {
                        flush(); // the writer is the runtime's, as write's stream is: a body that closes it only flushes
                    }
                };
                body.writeTo(writer);
                writer.flush();
            });
        }
    }

    /**
     * A stream of {@link OutputFolder#create}: known to be open until its owner closes it, and then
     * one of the {@link #written} files.
     */
    private final class CreatedStream extends FilterOutputStream {
        private final String owner;
        private final String name;
        private final Path relative;
        private final Digesting digesting;

        CreatedStream(String owner, String name, Path relative, Digesting digesting, OutputStream buffered) {
            super(buffered);
            this.owner = owner;
            this.name = name;
            this.relative = relative;
            this.digesting = digesting;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len); // FilterOutputStream's own writes byte by byte
        }

        @Override
        public void close() throws IOException {
            synchronized (StagedOutput.this) {
                List<CreatedStream> open = openStreams.get(owner);
                if (open != null) {
                    open.remove(this);
                    if (open.isEmpty()) {
                        openStreams.remove(owner);
                    }
                }
            }
            super.close();
            closed();
        }

        void closeQuietly() {
            try {
                super.close();
                closed();
            } catch (IOException e) {
                LOG.debug("Cannot close {} of {}", name, owner, e);
            }
        }

        private void closed() {
            synchronized (StagedOutput.this) {
                if (digesting.sha256Hex != null && filesByOwner.getOrDefault(owner, List.of()).contains(relative)) { // not discarded meanwhile
                    written.put(relative, new WrittenFile(listed(relative), digesting.bytes, digesting.sha256Hex));
                }
            }
        }
    }

    /** Counts and hashes what passes to the file, below the buffer, so in the buffer's large pieces. */
    private static final class Digesting extends DigestOutputStream {
        private long bytes;
        /** The digest once the file is closed; null before. */
        private String sha256Hex;

        Digesting(OutputStream file) {
            super(file, FileDigests.sha256Digest());
        }

        @Override
        public void write(int b) throws IOException {
            super.write(b);
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            super.write(b, off, len);
            bytes += len;
        }

        @Override
        public void close() throws IOException {
            if (sha256Hex == null) {
                super.close();
                sha256Hex = HexFormat.of().formatHex(getMessageDigest().digest());
            }
        }
    }
}
