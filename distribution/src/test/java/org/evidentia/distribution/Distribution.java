package org.evidentia.distribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The built distribution folder, and a way to run its launcher as a separate process. */
final class Distribution {

    private final Path home;

    private Distribution(Path home) {
        this.home = home;
    }

    /** The distribution the build just assembled (failsafe passes its folder). */
    static Distribution built() {
        String dist = System.getProperty("evidentia.dist");
        if (dist == null || !Files.isExecutable(Path.of(dist, "bin", "evidentia"))) {
            throw new IllegalStateException("no built distribution at " + dist + ": run `mvn verify` from the project root");
        }
        return new Distribution(Path.of(dist));
    }

    Path home() {
        return home;
    }

    /**
     * A copy of this distribution in {@code target}, as shipped: without the class-data archive
     * and the plugins' unpacked folders that running it makes.
     */
    Distribution copyTo(Path target) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(home)) {
            for (Path file : files.toList()) {
                Path relative = home.relativize(file);
                boolean made = relative.startsWith("lib/cds") || relative.startsWith("plugins") && relative.getNameCount() > 1
                        && (Files.isDirectory(home.resolve("plugins").resolve(relative.getName(1).toString()))
                                || relative.getName(1).toString().startsWith("."));
                if (made) {
                    continue;
                }
                Path copy = target.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return new Distribution(target);
    }

    /** The bundled example pages, as a glob pattern for {@code run} (the folder also holds a note on their origin). */
    String examples() {
        return home.resolve("examples") + "/*.txt";
    }

    /** This distribution moved, as a whole, to {@code target} (with what running it made). */
    Distribution moveTo(Path target) throws IOException {
        Files.move(home, target);
        return new Distribution(target);
    }

    /** A plugins folder {@code target} of a test's own, holding this distribution's bundled plugin zips (not their unpacked folders). */
    Path pluginZipsIn(Path target) throws IOException {
        Path plugins = Files.createDirectories(target);
        try (java.util.stream.Stream<Path> zips = Files.list(home.resolve("plugins"))) {
            for (Path zip : zips.filter(p -> p.toString().endsWith(".zip")).toList()) {
                Files.copy(zip, plugins.resolve(zip.getFileName()));
            }
        }
        return plugins;
    }

    /** Runs {@code bin/evidentia args...} in {@code workDir} and waits for it. */
    Result run(Path workDir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/evidentia").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().remove("EVIDENTIA_PLUGINS_DIR");
        builder.environment().putAll(env);
        Path out = Files.createTempFile("evidentia-out", ".txt");
        Path err = Files.createTempFile("evidentia-err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("evidentia " + String.join(" ", args) + " did not finish in 10 minutes");
        }
        Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    /** Starts {@code bin/evidentia args...} in {@code workDir}, its output going to {@code log}, and returns at once. */
    Process start(Path workDir, Path log, String... args) throws IOException {
        return start(workDir, log, Map.of(), args);
    }

    /** As {@link #start(Path, Path, String...)}, with {@code env} added to the environment. */
    Process start(Path workDir, Path log, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/evidentia").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().remove("EVIDENTIA_PLUGINS_DIR");
        builder.environment().putAll(env);
        builder.redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        return builder.start();
    }

    Result run(Path workDir, String... args) throws IOException, InterruptedException {
        return run(workDir, Map.of(), args);
    }

    /** Starts {@code bin/evidentia args...} in {@code workDir} without waiting; its output is discarded. */
    Process start(Path workDir, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/evidentia").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().remove("EVIDENTIA_PLUGINS_DIR");
        return builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    }

    /** What a run of the launcher gave. */
    record Result(int exitCode, String stdout, String stderr) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }
}
