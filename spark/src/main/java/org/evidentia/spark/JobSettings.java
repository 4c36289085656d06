package org.evidentia.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.evidentia.runtime.engine.ConfigurationException;
import org.evidentia.runtime.engine.Pipeline;
import org.evidentia.runtime.options.OptionsBinder;
import org.evidentia.runtime.options.OptionsException;

/**
 * What every task of a job needs, sent from the driver to the executors: where the plugins are, the
 * extensions and options to use, the run date, and the driver's Hadoop configuration (credentials
 * and file system settings), so that executors open the same file systems the same way.
 *
 * @param plugins        the plugins folder or zip, as a Hadoop path or URI
 * @param sources        source names ({@code -s}; empty: every source, the best per input)
 * @param extractors     extractor names ({@code -x}; empty: every extractor)
 * @param options        {@code NAME.KEY=VALUE} assignments, as {@code --option} takes them
 * @param runDate        the run date every task records
 * @param threadsPerTask threads of the engine in one task
 * @param hadoopConf     the Hadoop configuration, in Hadoop's own serialised form
 */
record JobSettings(String plugins, List<String> sources, List<String> extractors, List<String> options, Instant runDate,
                   int threadsPerTask, byte[] hadoopConf) implements Serializable {

    private static final long serialVersionUID = 1L;

    JobSettings {
        sources = List.copyOf(sources);
        extractors = List.copyOf(extractors);
        options = List.copyOf(options);
    }

    /**
     * The run of {@code inputs} under these settings, writing into {@code output}: each task's, and
     * the driver's check of the settings (with no input) before any task starts.
     *
     * @throws ConfigurationException when an option assignment is not {@code NAME.KEY=VALUE}, or a setting is out of the
     *     pipeline's bounds
     */
    Pipeline pipeline(List<String> inputs, Path output) throws ConfigurationException {
        try {
            return new Pipeline(inputs, sources, extractors, List.of(), OptionsBinder.parseAssignments(options), output, false, threadsPerTask,
                    runDate);
        } catch (OptionsException e) {
            throw new ConfigurationException(e.getMessage());
        } catch (IllegalArgumentException e) {
            // the pipeline's own bounds ("threads must be at least 1"): a wrong setting, refused in one line, not a stack trace
            throw new ConfigurationException(e.getMessage());
        }
    }

    static byte[] serialise(Configuration conf) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            conf.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    Configuration hadoop() {
        Configuration conf = new Configuration(false);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(hadoopConf))) {
            conf.readFields(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return conf;
    }
}
