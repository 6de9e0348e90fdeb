package dev.athanor.it.persistence.inheritance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.persistence.inheritance.Zoo.Animal;
import dev.athanor.it.persistence.inheritance.Zoo.Dog;
import dev.athanor.it.persistence.inheritance.Zoo.Puppy;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.IdentifiableType;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What a persistence unit refuses in a hierarchy, and what its metamodel says of one it accepts. */
class HierarchyBootErrorsIT {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = Target.class, names = "SQLITE_FILE")
    void joinedDuplicateValuesATableOnASubclassAndAnIdBelowTheRootAreRefusedAtOnce(Target target) {
        PersistenceException e = catchThrowableOfType(() -> JpaUnit.open(target, dir,
                BrokenHierarchies.Account.class, BrokenHierarchies.Savings.class, BrokenHierarchies.Tool.class,
                BrokenHierarchies.Hammer.class, BrokenHierarchies.Saw.class, BrokenHierarchies.Drill.class),
                PersistenceException.class);
        assertThat(e.getMessage()).contains("ATH-5001", "4 problems",
                "ATH-5014 " + BrokenHierarchies.Account.class.getName() + ": @Inheritance(strategy = JOINED) is not"
                        + " supported; Athanor maps SINGLE_TABLE hierarchies only",
                "ATH-5018 " + BrokenHierarchies.Hammer.class.getName() + ": its discriminator value 'X' is also"
                        + " that of " + BrokenHierarchies.Tool.class.getName(),
                "ATH-5014 " + BrokenHierarchies.Saw.class.getName() + ": it has @Table",
                "Remove @Table from Saw; name the table on Tool.",
                "ATH-5013 " + BrokenHierarchies.Drill.class.getName() + ".serial: it is an @Id below Tool");
        assertThat(dir.resolve("unit.db")).as("nothing was created").doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = "SQLITE_MEMORY")
    void theMetamodelShowsEachSubclassesSupertypeAndInheritedAttributes(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Zoo.CLASSES)) {
            EntityType<Puppy> puppy = unit.emf().getMetamodel().entity(Puppy.class);
            EntityType<Dog> dog = unit.emf().getMetamodel().entity(Dog.class);
            assertThat(puppy.getSupertype()).isSameAs(dog);
            IdentifiableType<? super Dog> pet = dog.getSupertype();
            assertThat(pet.getJavaType()).as("the mapped superclass between Animal and Dog")
                    .isEqualTo(Zoo.Pet.class);
            assertThat(pet.getSupertype()).isSameAs(unit.emf().getMetamodel().entity(Animal.class));
            assertThat(puppy.getAttribute("toy").getDeclaringType()).isSameAs(puppy);
            assertThat(puppy.getAttribute("barkVolume").getDeclaringType()).isSameAs(dog);
            assertThat(puppy.getAttribute("name").getDeclaringType().getJavaType()).isEqualTo(Animal.class);
            assertThat(puppy.getDeclaredAttributes()).extracting(a -> a.getName()).containsExactlyInAnyOrder("toy", "mother");
            assertThat(puppy.getId(Long.class).getName()).isEqualTo("id");
            assertThat(puppy.getAttributes()).extracting(a -> a.getName())
                    .contains("id", "version", "name", "keeper", "chip", "barkVolume", "pedigree", "toy");
        }
    }
}
