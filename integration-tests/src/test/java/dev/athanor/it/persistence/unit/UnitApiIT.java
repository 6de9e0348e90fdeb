package dev.athanor.it.persistence.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.persistence.metamodel.EntityType;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** PersistenceUnitUtil, the metamodel, the schema manager, and several factories in one JVM. */
class UnitApiIT {

    @TempDir
    Path dir;

    @Entity
    @Table(name = "it_unit_gadget")
    public static class Gadget {
        @Id
        public Long id;
        public String name;
        @Version
        public long version;

        public Gadget() {
        }

        Gadget(long id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void persistenceUnitUtilReadsIdVersionAndLoadedState(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Gadget.class)) {
            PersistenceUnitUtil util = unit.emf().getPersistenceUnitUtil();
            Gadget fresh = new Gadget(4, "g");
            assertThat(util.getIdentifier(fresh)).isEqualTo(4L);
            unit.tx(em -> {
                em.persist(fresh);
                return null;
            });
            try (EntityManager em = unit.em()) {
                Gadget loaded = em.find(Gadget.class, 4L);
                assertThat(util.getIdentifier(loaded)).isEqualTo(4L);
                assertThat(util.getVersion(loaded)).isEqualTo(0L);
                assertThat(util.isLoaded(loaded)).isTrue();
                assertThat(util.isLoaded(loaded, "name")).isTrue();
                assertThat(unit.emf().getPersistenceUnitUtil().isInstance(loaded, Gadget.class)).isTrue();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void theMetamodelKnowsTheIdAndTheSchemaManagerValidatesAndTruncates(Target target) {
        try (JpaUnit unit = JpaUnit.open(target, dir, Gadget.class)) {
            EntityType<Gadget> type = unit.emf().getMetamodel().entity(Gadget.class);
            assertThat(type.getId(Long.class).getName()).isEqualTo("id");
            assertThat(type.getVersion(long.class).getName()).isEqualTo("version");
            assertThat(type.getName()).isEqualTo("Gadget");

            assertThatCode(() -> unit.emf().getSchemaManager().validate()).doesNotThrowAnyException();
            unit.tx(em -> {
                em.persist(new Gadget(1, "a"));
                em.persist(new Gadget(2, "b"));
                return null;
            });
            assertThat(unit.count("SELECT COUNT(*) FROM it_unit_gadget")).isEqualTo(2);
            unit.emf().getSchemaManager().truncate();
            assertThat(unit.count("SELECT COUNT(*) FROM it_unit_gadget")).isZero();
        }
    }

    @Test
    void twoFactoriesOverTheSameClassesKeepTheirDataApart() {
        try (JpaUnit first = JpaUnit.openFile(dir, "first.db", Gadget.class);
                JpaUnit second = JpaUnit.openFile(dir, "second.db", Gadget.class)) {
            first.tx(em -> {
                em.persist(new Gadget(1, "first"));
                return null;
            });
            second.tx(em -> {
                em.persist(new Gadget(1, "second"));
                em.persist(new Gadget(2, "second too"));
                return null;
            });
            first.tx(em -> {
                em.find(Gadget.class, 1L).name = "first, changed";
                return null;
            });
            assertThat(first.rows("SELECT id, name FROM it_unit_gadget")).extracting(r -> r.get(1))
                    .containsExactly("first, changed");
            assertThat(second.rows("SELECT name FROM it_unit_gadget ORDER BY id")).extracting(r -> r.get(0))
                    .containsExactly("second", "second too");
            assertThat(first.writes()).hasSize(2);
            assertThat(second.writes()).hasSize(1);
            first.emf().close();
            try (EntityManager em = second.em()) {
                assertThat(em.find(Gadget.class, 1L).name).isEqualTo("second");
            }
        }
    }

}
