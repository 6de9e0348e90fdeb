package dev.athanor.core.meta.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.MappingException;
import dev.athanor.core.error.MappingProblem;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.meta.InheritanceModel;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.meta.build.fixtures.Hierarchies;
import java.util.List;
import org.junit.jupiter.api.Test;

class HierarchyLinkerTest {

    private static Metadata shapes() {
        return new MetadataBuilder().add(Hierarchies.Shape.class, Hierarchies.Rounded.class, Hierarchies.Circle.class,
                Hierarchies.Ring.class, Hierarchies.Square.class).build();
    }

    @Test
    void everyClassOfASingleTableHierarchyIsStoredInTheRootsTableWithItsDiscriminatorValue() {
        Metadata metadata = shapes();
        EntityModel shape = metadata.entity(Hierarchies.Shape.class);
        EntityModel circle = metadata.entity(Hierarchies.Circle.class);
        EntityModel ring = metadata.entity(Hierarchies.Ring.class);
        EntityModel square = metadata.entity(Hierarchies.Square.class);
        for (EntityModel entity : List.of(shape, circle, ring, square)) {
            assertThat(entity.tableName()).isEqualTo("shape");
            assertThat(entity.inheritance()).get().extracting(InheritanceModel::root).isEqualTo(Hierarchies.Shape.class);
            assertThat(entity.inheritance().get().discriminator())
                    .isEqualTo(new InheritanceModel.DiscriminatorModel("DTYPE",
                            InheritanceModel.DiscriminatorModel.Type.STRING, 31));
        }
        assertThat(shape.inheritance().get().value()).as("abstract: no rows of its own").isNull();
        assertThat(shape.inheritance().get().values()).containsExactlyInAnyOrder("C", "Ring", "Square");
        assertThat(circle.inheritance().get().value()).isEqualTo("C");
        assertThat(circle.inheritance().get().values()).containsExactlyInAnyOrder("C", "Ring");
        assertThat(circle.inheritance().get().parent()).isEqualTo(Hierarchies.Shape.class);
        assertThat(ring.inheritance().get().parent()).isEqualTo(Hierarchies.Circle.class);
        assertThat(ring.inheritance().get().value()).as("the entity name by default").isEqualTo("Ring");
        assertThat(metadata.subtypes(circle)).containsExactly(circle, ring);
        assertThat(metadata.root(ring)).isSameAs(shape);
    }

    @Test
    void aSubclassInheritsTheAttributesTopmostFirstAndTheRootsIdAndVersion() {
        Metadata metadata = shapes();
        EntityModel ring = metadata.entity(Hierarchies.Ring.class);
        assertThat(ring.attributes()).extracting(AttributeModel::name)
                .containsExactly("id", "label", "version", "radius", "filled", "inner");
        assertThat(ring.id().name()).isEqualTo("id");
        assertThat(ring.version()).get().extracting(AttributeModel::name).isEqualTo("version");
        assertThat(ring.idGeneration()).isEqualTo(metadata.entity(Hierarchies.Shape.class).idGeneration());
        assertThat(ring.supertypes()).as("mapped superclasses below its entity superclass only").isEmpty();
        assertThat(metadata.entity(Hierarchies.Circle.class).supertypes()).containsExactly(Hierarchies.Rounded.class);
        assertThat(metadata.findEntity(Hierarchies.Shape.class).orElseThrow().inHierarchy()).isTrue();
    }

    @Test
    void anEntityWithoutSubclassesIsInNoHierarchy() {
        Metadata metadata = new MetadataBuilder().add(Hierarchies.Plain.class).build();
        assertThat(metadata.entity(Hierarchies.Plain.class).inHierarchy()).isFalse();
    }

    @Test
    void joinedDuplicateValuesTablesOnSubclassesOwnIdsAndLonelyAbstractClassesAreRefused() {
        MappingException e = catchThrowableOfType(() -> new MetadataBuilder().add(Hierarchies.Joined.class,
                Hierarchies.JoinedChild.class, Hierarchies.Numbered.class, Hierarchies.SameNumber.class,
                Hierarchies.NoNumber.class, Hierarchies.Square.class, Hierarchies.Shape.class,
                Hierarchies.WithTable.class, Hierarchies.OwnId.class, Hierarchies.Lonely.class).build(),
                MappingException.class);
        assertThat(e.problems()).extracting(MappingProblem::code, p -> simple(p.type()), MappingProblem::attribute)
                .containsExactlyInAnyOrder(
                        tuple(ErrorCode.UNSUPPORTED_MAPPING, "Joined", null),
                        tuple(ErrorCode.INVALID_INHERITANCE, "SameNumber", null),
                        tuple(ErrorCode.INVALID_INHERITANCE, "NoNumber", null),
                        tuple(ErrorCode.UNSUPPORTED_MAPPING, "WithTable", null),
                        tuple(ErrorCode.MISPLACED_ANNOTATION, "OwnId", "ownId"),
                        tuple(ErrorCode.NOT_INSTANTIABLE, "Lonely", null));
        assertThat(e.getMessage()).contains("@Inheritance(strategy = JOINED) is not supported",
                "SINGLE_TABLE", "its discriminator value '1' is also that of " + Hierarchies.Numbered.class.getName(),
                "the INTEGER discriminator kind has no default", "it has @Table", "Remove @Table from WithTable",
                "the root's id and version are every subclass's", "the class is abstract and no entity class"
                        + " extends it");
    }

    private static String simple(String className) {
        return className.substring(className.lastIndexOf('$') + 1);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
