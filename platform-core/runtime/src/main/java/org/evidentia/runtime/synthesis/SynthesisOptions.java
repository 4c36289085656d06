package org.evidentia.runtime.synthesis;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import org.evidentia.api.StudyDesign;

/**
 * Options of the core synthesis, set like an extension's: {@code --option synthesis.voting-designs=primary,review}.
 *
 * @param votingDesigns  the study designs whose findings cast votes
 * @param retractedVotes whether retracted publications of those designs vote too
 */
public record SynthesisOptions(
        @JsonProperty("voting-designs")
        @JsonPropertyDescription("Study designs whose findings cast votes in the synthesis; the others are reported "
                + "in their own section. Default: primary, case-report.")
        List<StudyDesign.Type> votingDesigns,
        @JsonProperty("retracted-votes")
        @JsonPropertyDescription("Whether retracted publications cast votes; their findings are listed, flagged, either way. "
                + "Default: false.")
        Boolean retractedVotes) {

    /** The name options are given under. */
    public static final String NAME = "synthesis";

    public SynthesisOptions {
        votingDesigns = votingDesigns == null ? List.of(StudyDesign.Type.PRIMARY, StudyDesign.Type.CASE_REPORT)
                : List.copyOf(votingDesigns);
        retractedVotes = retractedVotes != null && retractedVotes;
        if (votingDesigns.isEmpty()) {
            throw new IllegalArgumentException("voting-designs names no design: at least one design must vote");
        }
    }
}
