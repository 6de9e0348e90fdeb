package dev.athanor.core.meta.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.MappingException;
import dev.athanor.core.error.MappingProblem;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.meta.build.fixtures.Extras;
import org.junit.jupiter.api.Test;

class ColumnNameOverridesTest {

    private static final String PERSON = Extras.Person.class.getName();

    private static Metadata build(MappingOverrides overrides) {
        return new MetadataBuilder().overrides(overrides).add(Extras.Person.class, Extras.Address.class).build();
    }

    @Test
    void anEntityNameOverrideRenamesTheEntityAndTheDefaultTable() {
        EntityModel person = build(MappingOverrides.builder().entityName(PERSON, "Human").build()).entity("Human");
        assertThat(person.javaType()).isEqualTo(Extras.Person.class);
        assertThat(person.tableName()).isEqualTo("Human");
    }

    @Test
    void columnOverridesRenameBasicEmbeddedAndJoinColumns() {
        EntityModel person = build(MappingOverrides.builder().columnName(PERSON, "email", "mail")
                .columnName(PERSON, "home.street", "home_road").columnName(PERSON, "boss", "manager_id").build())
                .entity(Extras.Person.class);
        assertThat(person.attribute("email").column().name()).isEqualTo("mail");
        assertThat(person.attribute("home").embeddedAttribute("street").orElseThrow().column().name())
                .isEqualTo("home_road");
        assertThat(person.attribute("home").embeddedAttribute("city").orElseThrow().column().name()).isEqualTo("city");
        assertThat(person.attribute("boss").joinColumn().name()).isEqualTo("manager_id");
        assertThat(person.columns()).extracting(c -> c.name())
                .containsExactly("manager_id", "mail", "city", "home_road", "id");
    }

    @Test
    void anUnknownPathIsReportedWithItsSourceAndADidYouMean() {
        MappingOverrides overrides = MappingOverrides.builder().columnName(PERSON, "emial", "mail")
                .columnName(PERSON, "home.stret", "road").columnName(PERSON, "home", "whole")
                .source(PERSON, "META-INF/orm.xml:12").build();
        MappingException e = catchThrowableOfType(() -> build(overrides), MappingException.class);
        assertThat(e.problems()).extracting(MappingProblem::code, MappingProblem::type, MappingProblem::attribute)
                .containsExactlyInAnyOrder(tuple(ErrorCode.UNKNOWN_OVERRIDE, PERSON, "emial"),
                        tuple(ErrorCode.UNKNOWN_OVERRIDE, PERSON, "home.stret"),
                        tuple(ErrorCode.UNKNOWN_OVERRIDE, PERSON, "home"));
        assertThat(e.getMessage()).contains("ATH-5016", "(META-INF/orm.xml:12)",
                "attribute 'emial', which Person does not have. Did you mean 'email'?",
                "Did you mean 'home.street'?", "as 'home.city'");
    }

    @Test
    void anOverrideOfAClassThatIsNoEntityIsReported() {
        MappingOverrides overrides = MappingOverrides.builder().entityName(PERSON + "z", "X").build();
        MappingException e = catchThrowableOfType(() -> build(overrides), MappingException.class);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.UNKNOWN_OVERRIDE);
            assertThat(p.what()).contains("not an entity of this persistence unit", "Did you mean '" + PERSON + "'?");
        });
    }
}
