package org.example.sleep;

import java.util.List;
import java.util.Map;
import org.evidentia.api.FindingKind;
import org.evidentia.api.FindingKind.Attribute;
import org.evidentia.api.FindingKind.Attribute.Role;
import org.evidentia.api.FindingKind.Attribute.ValueMeaning;

/** The kind of docs/plugin-guide.md, section 4, whose values say what they mean; compiled and tested so that the guide stays true. */
final class SleepStageKind {

    // tag::meanings[]
    static final FindingKind KIND = new FindingKind("sleep-stage-change", "Sleep measure", "Sleep measures",
            List.of(new Attribute("stage", "Sleep stage", List.of("rem", "nrem", "wake"), Role.STRATUM, Map.of(
                            "rem", new ValueMeaning("REM sleep", "rapid eye movement sleep, in which most dreaming happens"),
                            "nrem", new ValueMeaning("non-REM sleep", "light and deep (slow-wave) sleep"),
                            "wake", new ValueMeaning("time awake in bed after falling asleep"))),
                    new Attribute("note", "Note", List.of(), Role.DETAIL)),
            Map.of());
    // end::meanings[]

    private SleepStageKind() {
    }
}
