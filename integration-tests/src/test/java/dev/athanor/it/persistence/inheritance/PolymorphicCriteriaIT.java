package dev.athanor.it.persistence.inheritance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.persistence.inheritance.Zoo.Animal;
import dev.athanor.it.persistence.inheritance.Zoo.Cat;
import dev.athanor.it.persistence.inheritance.Zoo.Dog;
import dev.athanor.it.persistence.inheritance.Zoo.Keeper;
import dev.athanor.it.persistence.inheritance.Zoo.Puppy;
import dev.athanor.it.persistence.inheritance.Zoo.Visit;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Root;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Criteria over a SINGLE_TABLE hierarchy: treat(root), treat(join), type(), each running the SQL its JPQL runs. */
class PolymorphicCriteriaIT {

    @TempDir
    Path dir;

    private static JpaUnit seeded(Target target, Path dir) {
        JpaUnit unit = JpaUnit.open(target, dir, Zoo.CLASSES);
        unit.tx(em -> {
            Keeper ann = new Keeper(10, "Ann");
            em.persist(ann);
            Dog rex = new Dog(1, "Rex", 7);
            Cat tom = new Cat(3, "Tom", true);
            for (Animal animal : List.<Animal>of(rex, new Puppy(2, "Bit", 3, "ball"), tom, new Cat(4, "Kit", false))) {
                animal.keeper = ann;
                em.persist(animal);
            }
            em.persist(new Visit(20, rex, tom));
            em.persist(new Visit(21, tom, tom));
            return null;
        });
        unit.forget();
        return unit;
    }

    /** The SQL the last statement ran, after running {@code work}. */
    private static String lastSql(JpaUnit unit, Runnable work) {
        unit.forget();
        work.run();
        List<String> sql = unit.sql();
        return sql.get(sql.size() - 1);
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void treatOfARootReadsASubclassesAttributeAsJpqlDoes(Target target) {
        try (JpaUnit unit = seeded(target, dir)) {
            unit.inEm(em -> {
                CriteriaBuilder cb = em.getCriteriaBuilder();
                CriteriaQuery<String> q = cb.createQuery(String.class);
                Root<Animal> a = q.from(Animal.class);
                Root<Dog> dog = cb.treat(a, Dog.class);
                q.select(a.get("name")).where(cb.gt(dog.get("barkVolume"), 5));
                List<String>[] results = new List[2];
                String criteria = lastSql(unit, () -> results[0] = em.createQuery(q).getResultList());
                String jpql = lastSql(unit, () -> results[1] = em.createQuery("SELECT a.name FROM Animal a WHERE"
                        + " TREAT(a AS Dog).barkVolume > 5", String.class).getResultList());
                assertThat(results[0]).containsExactly("Rex").isEqualTo(results[1]);
                assertThat(criteria.replaceAll("\\?", "5")).isEqualTo(jpql.replaceAll("\\?", "5"));
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void typeIsComparedWithAClassLiteralOrParameterAndSelected(Target target) {
        try (JpaUnit unit = seeded(target, dir)) {
            unit.inEm(em -> {
                CriteriaBuilder cb = em.getCriteriaBuilder();
                CriteriaQuery<String> q = cb.createQuery(String.class);
                Root<Animal> a = q.from(Animal.class);
                q.select(a.get("name")).where(cb.equal(a.type(), Puppy.class));
                assertThat(em.createQuery(q).getResultList()).containsExactly("Bit");

                CriteriaQuery<String> p = cb.createQuery(String.class);
                Root<Animal> b = p.from(Animal.class);
                @SuppressWarnings({"unchecked", "rawtypes"})
                ParameterExpression<Class> type = cb.parameter(Class.class, "type");
                p.select(b.get("name")).where(cb.notEqual(b.type(), type)).orderBy(cb.asc(b.get("id")));
                assertThat(em.createQuery(p).setParameter("type", Cat.class).getResultList())
                        .containsExactly("Rex", "Bit");

                CriteriaQuery<Object> t = cb.createQuery(Object.class);
                Root<Animal> c = t.from(Animal.class);
                t.select(c.type()).where(c.type().in(Dog.class, Cat.class)).orderBy(cb.asc(c.get("id")));
                assertThat(em.createQuery(t).getResultList()).containsExactly(Dog.class, Cat.class, Cat.class);
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void treatOfAJoinJoinsOnlyThatClasssTargets(Target target) {
        try (JpaUnit unit = seeded(target, dir)) {
            unit.inEm(em -> {
                CriteriaBuilder cb = em.getCriteriaBuilder();
                CriteriaQuery<String> q = cb.createQuery(String.class);
                Root<Keeper> k = q.from(Keeper.class);
                Join<Keeper, Animal> animals = k.join("animals");
                Join<Keeper, Cat> cats = cb.treat(animals, Cat.class);
                q.select(cats.get("name")).where(cb.isTrue(cats.get("indoor")));
                assertThat(em.createQuery(q).getResultList()).containsExactly("Tom");

                CriteriaQuery<Dog> d = cb.createQuery(Dog.class);
                Root<Visit> v = d.from(Visit.class);
                Join<Visit, Dog> star = cb.treat(v.join("star"), Dog.class);
                d.select(star);
                assertThat(em.createQuery(d).getResultList()).extracting(x -> x.name).containsExactly("Rex");
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aCriteriaDeleteOfASubclassDeletesOnlyItsRows(Target target) {
        try (JpaUnit unit = seeded(target, dir)) {
            unit.tx(em -> em.createQuery("DELETE FROM Visit").executeUpdate());
            int deleted = unit.tx(em -> {
                CriteriaBuilder cb = em.getCriteriaBuilder();
                CriteriaDelete<Cat> delete = cb.createCriteriaDelete(Cat.class);
                delete.from(Cat.class);
                return em.createQuery(delete).executeUpdate();
            });
            assertThat(deleted).isEqualTo(2);
            assertThat(unit.rows("SELECT DTYPE FROM animal ORDER BY id")).extracting(row -> row.get(0))
                    .containsExactly("DOG", "Puppy");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = "SQLITE_MEMORY")
    void treatToAClassOutsideTheHierarchyIsAnError(Target target) {
        try (JpaUnit unit = seeded(target, dir)) {
            unit.inEm(em -> {
                CriteriaBuilder cb = em.getCriteriaBuilder();
                Root<Cat> c = cb.createQuery(Cat.class).from(Cat.class);
                @SuppressWarnings({"unchecked", "rawtypes"})
                Root<Dog> wrong = (Root) c;
                IllegalArgumentException e = catchThrowableOfType(() -> cb.treat((Root) wrong, Keeper.class),
                        IllegalArgumentException.class);
                assertThat(e).hasMessageContaining("Keeper is not a subclass of Cat");
            });
        }
    }
}
