package org.evidentia.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evidentia.api.FindingKind.Attribute;
import org.evidentia.api.FindingKind.Attribute.Role;
import org.evidentia.api.FindingKind.Attribute.ValueMeaning;
import org.junit.jupiter.api.Test;

/**
 * A kind says what its values mean ({@link Attribute#meanings()}), so that a reporter explains them
 * without naming any domain; what it declares is checked when it is made, and the declaration made
 * before meanings existed stays as it was.
 */
class AttributeMeaningsTest {

    private static final List<String> SOILS = List.of("clay", "loam", "sand");

    @Test
    void theFourArgumentConstructorDescribesNothingAndEachValueReadsAsItself() {
        Attribute soil = new Attribute("soil", "Soil", SOILS, Role.BREAKDOWN);

        assertThat(soil.meanings()).isEmpty();
        assertThat(soil).isEqualTo(new Attribute("soil", "Soil", SOILS, Role.BREAKDOWN, Map.of()));
        assertThat(soil.readerLabel("clay")).isEqualTo("clay");
        assertThat(soil.readerLabel("peat")).as("a value outside the list, as a reporter may meet one").isEqualTo("peat");
    }

    @Test
    void aDescribedValueReadsAsItsLabelAndTheMeaningsFollowTheValuesOrder() {
        Map<String, ValueMeaning> given = new LinkedHashMap<>();
        given.put("sand", new ValueMeaning("coarse grains that drain fast"));
        given.put("clay", new ValueMeaning("heavy soils", "fine particles that hold water"));
        Attribute soil = new Attribute("soil", "Soil", SOILS, Role.BREAKDOWN, given);

        assertThat(soil.meanings().keySet()).as("the declared order, not the order given").containsExactly("clay", "sand");
        assertThat(soil.readerLabel("clay")).isEqualTo("heavy soils");
        assertThat(soil.readerLabel("sand")).as("a meaning without a reader label").isEqualTo("sand");
        assertThat(soil.readerLabel("loam")).as("not described").isEqualTo("loam");
        assertThat(soil.meanings().get("clay").meaning()).isEqualTo("fine particles that hold water");
    }

    @Test
    void theMeaningsAreACopyThatCannotBeChanged() {
        Map<String, ValueMeaning> given = new HashMap<>();
        given.put("clay", new ValueMeaning("fine particles"));
        Attribute soil = new Attribute("soil", "Soil", SOILS, Role.STRATUM, given);
        given.put("sand", new ValueMeaning("coarse grains"));

        assertThat(soil.meanings()).containsOnlyKeys("clay");
        assertThatThrownBy(() -> soil.meanings().put("loam", new ValueMeaning("a mix"))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(soil).isEqualTo(new Attribute("soil", "Soil", SOILS, Role.STRATUM, Map.of("clay", new ValueMeaning("fine particles"))));
    }

    @Test
    void onlyDeclaredValuesAreDescribed() {
        assertThatThrownBy(() -> new Attribute("soil", "Soil", SOILS, Role.BREAKDOWN, Map.of("peat", new ValueMeaning("organic"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute soil describes 'peat', which is not one of its values [clay, loam, sand]");
        assertThatThrownBy(() -> new Attribute("note", "Note", List.of(), Role.DETAIL, Map.of("x", new ValueMeaning("free text"))))
                .as("free text declares no values, so describes none").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Attribute("soil", "Soil", SOILS, Role.BREAKDOWN, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void noTwoValuesReadAlike() {
        assertThatThrownBy(() -> new Attribute("soil", "Soil", SOILS, Role.BREAKDOWN,
                Map.of("clay", new ValueMeaning("heavy", "fine"), "sand", new ValueMeaning("heavy", "coarse"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute soil: values 'clay' and 'sand' would both read as 'heavy'");
        assertThatThrownBy(() -> new Attribute("soil", "Soil", SOILS, Role.BREAKDOWN, Map.of("clay", new ValueMeaning("loam", "fine"))))
                .as("a label that is another value").isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute soil: values 'clay' and 'loam' would both read as 'loam'");
        assertThat(new Attribute("soil", "Soil", SOILS, Role.BREAKDOWN, Map.of("clay", new ValueMeaning("clay", "fine"))).readerLabel("clay"))
                .as("a label equal to its own value").isEqualTo("clay");
    }

    @Test
    void aMeaningIsStatedAndALabelGivenIsNotBlank() {
        assertThat(new ValueMeaning("  heavy soils ", " fine particles\n")).isEqualTo(new ValueMeaning("heavy soils", "fine particles"));
        assertThatThrownBy(() -> new ValueMeaning(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ValueMeaning((String) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ValueMeaning("", "fine particles")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ValueMeaning(null, "fine particles").readerLabel()).isNull();
    }
}
