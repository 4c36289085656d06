package org.evidentia.runtime.engine;

import java.util.List;
import java.util.stream.Stream;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Evidence;
import org.evidentia.api.Finding;
import org.evidentia.api.RunSummary;
import org.evidentia.api.Synthesis;

/** The evidence of a finished run: records from the spool, findings and synthesis in memory. */
final class RunEvidence implements Evidence {

    private final RunSummary summary;
    private final RecordSpool spool;
    private final List<Finding> findings;
    private final Synthesis synthesis;

    RunEvidence(RunSummary summary, RecordSpool spool, List<Finding> findings, Synthesis synthesis) {
        this.summary = summary;
        this.spool = spool;
        this.findings = List.copyOf(findings);
        this.synthesis = synthesis;
    }

    @Override
    public RunSummary summary() {
        return summary;
    }

    @Override
    public Stream<BibliographicRecord> records() {
        return spool.records();
    }

    @Override
    public List<Finding> findings() {
        return findings;
    }

    @Override
    public Synthesis synthesis() {
        return synthesis;
    }
}
