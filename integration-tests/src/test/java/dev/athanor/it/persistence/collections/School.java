package dev.athanor.it.persistence.collections;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/**
 * Students and courses, a many-to-many whose owning side is {@code Student.courses} (the join
 * table's rows follow it) and whose inverse side is {@code Course.students}.
 */
final class School {

    private School() {
    }

    @Entity
    @Table(name = "it_coll_student")
    public static class Student {
        @Id
        private long id;
        private String name;
        @ManyToMany
        @JoinTable(name = "it_coll_enrolment", joinColumns = @JoinColumn(name = "student_id"),
                inverseJoinColumns = @JoinColumn(name = "course_id"))
        private Set<Course> courses = new HashSet<>();

        public Student() {
        }

        public Student(long id, String name) {
            this.id = id;
            this.name = name;
        }

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public Set<Course> getCourses() {
            return courses;
        }

        public void setCourses(Set<Course> courses) {
            this.courses = courses;
        }

        public void enrol(Course course) {
            courses.add(course);
            course.getStudents().add(this);
        }

        public void drop(Course course) {
            courses.remove(course);
            course.getStudents().remove(this);
        }
    }

    @Entity
    @Table(name = "it_coll_course")
    public static class Course {
        @Id
        private long id;
        private String title;
        @ManyToMany(mappedBy = "courses")
        private Set<Student> students = new HashSet<>();

        public Course() {
        }

        public Course(long id, String title) {
            this.id = id;
            this.title = title;
        }

        public long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public Set<Student> getStudents() {
            return students;
        }
    }
}
