package dev.athanor.it.persistence.collections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.it.Target;
import dev.athanor.it.persistence.JpaUnit;
import dev.athanor.it.persistence.collections.School.Course;
import dev.athanor.it.persistence.collections.School.Student;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A many-to-many through a join table: the owning side ({@code Student.courses}) writes the join
 * rows from the difference of its set, the inverse side ({@code Course.students}) reads them and
 * writes nothing, and removing either entity takes its join rows with it.
 */
class CollectionManyToManyIT {

    private static final String DELETE_ROW = "DELETE FROM it_coll_enrolment WHERE student_id = ? AND course_id = ?";
    private static final String INSERT_ROW = "INSERT INTO it_coll_enrolment (student_id, course_id) VALUES (?, ?)";
    private static final String ENROLMENTS = "SELECT student_id, course_id FROM it_coll_enrolment"
            + " ORDER BY student_id, course_id";

    @TempDir
    Path dir;

    private static JpaUnit open(Target target, Path dir) {
        JpaUnit unit = JpaUnit.open(target, dir, Student.class, Course.class);
        Seed.school(unit);
        return unit;
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void enrollingAndDroppingInsertAndDeleteJoinRows(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            unit.tx(em -> {
                Student ann = em.find(Student.class, 1L);
                ann.enrol(em.find(Course.class, 30L));
                ann.drop(em.find(Course.class, 10L));
                return null;
            });
            assertThat(unit.writeSql()).containsExactly(DELETE_ROW, INSERT_ROW);
            assertThat(unit.writes().get(0).parameterSets()).containsExactly(List.of(1L, 10L));
            assertThat(unit.writes().get(1).parameterSets()).containsExactly(List.of(1L, 30L));
            assertThat(Rows.read(unit, ENROLMENTS)).containsExactly(List.of(1L, 20L), List.of(1L, 30L),
                    List.of(2L, 10L));
            Set<String> titles = unit.tx(em -> titles(em.find(Student.class, 1L).getCourses()));
            assertThat(titles).containsExactlyInAnyOrder("Biology", "Chemistry");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void theInverseSideReadsTheJoinTableAndWritesNothing(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            unit.tx(em -> {
                Course algebra = em.find(Course.class, 10L);
                unit.forget();
                Set<Student> students = algebra.getStudents();
                assertThat(students).extracting(Student::getName).containsExactlyInAnyOrder("Ann", "Bob");
                assertThat(unit.sql()).hasSize(1);
                assertThat(unit.sql().get(0)).contains("FROM it_coll_student e INNER JOIN it_coll_enrolment j")
                        .contains("j.course_id IN (");
                // only the owning side's set is written: this change is not
                em.find(Course.class, 30L).getStudents().add(em.find(Student.class, 2L));
                unit.forget();
                return null;
            });
            assertThat(unit.writeSql()).isEmpty();
            assertThat(Rows.read(unit, ENROLMENTS)).containsExactly(List.of(1L, 10L), List.of(1L, 20L),
                    List.of(2L, 10L));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aNewStudentPersistedWithCoursesInsertsItsJoinRows(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            unit.tx(em -> {
                Student cy = new Student(3, "Cy");
                cy.enrol(em.find(Course.class, 20L));
                cy.enrol(em.find(Course.class, 30L));
                em.persist(cy);
                unit.forget();
                return null;
            });
            assertThat(unit.writeSql()).containsExactly("INSERT INTO it_coll_student (id, name) VALUES (?, ?)",
                    INSERT_ROW);
            assertThat(JpaUnit.rowsOf(unit.writes().get(1))).isEqualTo(2);
            assertThat(Rows.read(unit, ENROLMENTS)).containsExactly(List.of(1L, 10L), List.of(1L, 20L),
                    List.of(2L, 10L), List.of(3L, 20L), List.of(3L, 30L));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void removingAStudentDeletesItsJoinRowsFirst(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            unit.tx(em -> {
                em.remove(em.find(Student.class, 1L));
                unit.forget();
                return null;
            });
            assertThat(unit.writeSql()).containsExactly("DELETE FROM it_coll_enrolment WHERE student_id = ?",
                    "DELETE FROM it_coll_student WHERE id = ?");
            assertThat(Rows.read(unit, ENROLMENTS)).containsExactly(List.of(2L, 10L));
            assertThat(Rows.read(unit, "SELECT id FROM it_coll_student")).containsExactly(List.of(2L));
            assertThat(unit.count("SELECT count(*) FROM it_coll_course")).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void removingACourseDeletesTheJoinRowsThatReferToIt(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            unit.tx(em -> {
                em.remove(em.find(Course.class, 10L));
                unit.forget();
                return null;
            });
            assertThat(unit.writeSql()).containsExactly("DELETE FROM it_coll_enrolment WHERE course_id = ?",
                    "DELETE FROM it_coll_course WHERE id = ?");
            assertThat(Rows.read(unit, ENROLMENTS)).containsExactly(List.of(1L, 20L));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aLoadedSetReplacedWholeWritesOnlyTheDifference(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            unit.tx(em -> {
                Student ann = em.find(Student.class, 1L);
                assertThat(ann.getCourses()).hasSize(2);
                ann.setCourses(new HashSet<>(Set.of(em.find(Course.class, 20L), em.find(Course.class, 30L))));
                unit.forget();
                return null;
            });
            assertThat(unit.writeSql()).containsExactly(DELETE_ROW, INSERT_ROW);
            assertThat(unit.writes().get(0).parameterSets()).containsExactly(List.of(1L, 10L));
            assertThat(unit.writes().get(1).parameterSets()).containsExactly(List.of(1L, 30L));
            assertThat(Rows.read(unit, ENROLMENTS)).containsExactly(List.of(1L, 20L), List.of(1L, 30L),
                    List.of(2L, 10L));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void anUnloadedSetReplacedWholeRewritesTheOwnersJoinRows(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            unit.tx(em -> {
                Student ann = em.find(Student.class, 1L);
                Course biology = em.find(Course.class, 20L);
                Course chemistry = em.find(Course.class, 30L);
                unit.forget();
                ann.setCourses(new HashSet<>(Set.of(biology, chemistry)));
                return null;
            });
            // what the set held is unknown: every row of Ann goes, then each course's comes
            assertThat(unit.writeSql()).containsExactly("DELETE FROM it_coll_enrolment WHERE student_id = ?",
                    INSERT_ROW);
            assertThat(JpaUnit.rowsOf(unit.writes().get(1))).isEqualTo(2);
            assertThat(unit.sql()).noneMatch(sql -> sql.startsWith("SELECT"));
            assertThat(Rows.read(unit, ENROLMENTS)).containsExactly(List.of(1L, 20L), List.of(1L, 30L),
                    List.of(2L, 10L));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void theCoursesOfBothStudentsLoadInOneQuery(Target target) {
        try (JpaUnit unit = open(target, dir)) {
            EntityManager em = unit.em();
            Student ann = em.find(Student.class, 1L);
            Student bob = em.find(Student.class, 2L);
            unit.forget();
            assertThat(titles(ann.getCourses())).containsExactlyInAnyOrder("Algebra", "Biology");
            assertThat(titles(bob.getCourses())).containsExactly("Algebra");
            assertThat(unit.sql()).hasSize(1);
            assertThat(unit.sql().get(0)).contains("FROM it_coll_course e INNER JOIN it_coll_enrolment j")
                    .contains("j.student_id IN (");
            // one instance per row, whichever collection holds it
            assertThat(ann.getCourses()).anySatisfy(course -> assertThat(bob.getCourses()).containsExactly(course));
            em.close();
        }
    }

    private static Set<String> titles(Set<Course> courses) {
        Set<String> titles = new HashSet<>();
        courses.forEach(course -> titles.add(course.getTitle()));
        return titles;
    }
}
