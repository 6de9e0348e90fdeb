package dev.athanor.core.meta.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.MappingException;
import dev.athanor.core.error.MappingProblem;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.AttributeModel.Cascade;
import dev.athanor.core.meta.AttributeModel.Fetch;
import dev.athanor.core.meta.AttributeModel.Kind;
import dev.athanor.core.meta.CollectionModel;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.session.fixtures.Clubs;
import jakarta.persistence.Basic;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKey;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The to-many mappings the metadata reads, with the specification's defaults, and the ones it refuses. */
class ToManyResolverTest {

    @Entity
    public static class Box {
        @Id
        public long id;
        @SuppressWarnings("rawtypes")
        @OneToMany
        public List items;
    }

    @Entity
    public static class Parent {
        @Id
        public long id;
        @OneToMany(mappedBy = "parnet")
        public List<Child> children;
        @OneToMany(mappedBy = "parent")
        @OrderBy("nmae")
        public List<Child> sorted;
    }

    @Entity
    public static class Child {
        @Id
        public long id;
        public String name;
        @ManyToOne
        public Parent parent;
    }

    @Entity
    public static class Refused {
        @Id
        public long id;
        @OneToMany
        @MapKeyColumn(name = "name")
        public Map<String, Child> byName;
        @ElementCollection
        public List<String> tags;
        @OneToMany
        @OrderColumn
        public List<Child> ordered;
    }

    @Entity
    public static class Directory {
        @Id
        public long id;
        @OneToMany(mappedBy = "directory")
        @MapKey(name = "name")
        public Map<String, Listing> byName;
        @OneToMany
        @JoinColumn(name = "directory_id")
        public Map<Long, Label> byId;
        @ManyToMany
        @MapKey
        public Map<Long, Label> labels;
    }

    @Entity
    public static class Listing {
        @Id
        public long id;
        public String name;
        @ManyToOne
        public Directory directory;
    }

    @Entity
    public static class Label {
        @Id
        public long id;
        public String text;
    }

    @Entity
    public static class Blurb {
        @Id
        public long id;
        @Basic(fetch = FetchType.LAZY)
        public String text;
    }

    @Entity
    public static class LazyKeyed {
        @Id
        public long id;
        @OneToMany
        @JoinColumn(name = "keyed_id")
        @MapKey(name = "text")
        public Map<String, Blurb> byText;
    }

    @Entity
    public static class BadDirectory {
        @Id
        public long id;
        @OneToMany
        @JoinColumn(name = "misspelt_id")
        @MapKey(name = "txet")
        public Map<String, Label> misspelt;
        @OneToMany
        @JoinColumn(name = "wrong_id")
        @MapKey(name = "text")
        public Map<Long, Label> wrongKeyType;
        @OneToMany
        @JoinColumn(name = "list_id")
        @MapKey(name = "text")
        public List<Label> notAMap;
    }

    private static List<MappingProblem> problems(Class<?>... classes) {
        return catchThrowableOfType(() -> new MetadataBuilder().add(classes).build(), MappingException.class)
                .problems();
    }

    @Test
    void readsEachKindOfToManyWithTheDefaultsOfTheSpecification() {
        Metadata metadata = new MetadataBuilder().add(Clubs.all()).build();
        AttributeModel players = metadata.entity(Clubs.Team.class).attribute("players");
        assertThat(players.kind()).isEqualTo(Kind.ONE_TO_MANY);
        assertThat(players.columns()).isEmpty();
        assertThat(players.fetch()).isEqualTo(Fetch.LAZY);
        assertThat(players.cascade()).containsExactlyInAnyOrder(Cascade.values());
        CollectionModel teamPlayers = players.collection();
        assertThat(teamPlayers.owning()).isFalse();
        assertThat(teamPlayers.foreignKey().toString()).isEqualTo("Player.team_id");
        assertThat(teamPlayers.orderBy()).containsExactly(new CollectionModel.Order("name", "name", false));
        assertThat(teamPlayers.orphanRemoval()).isTrue();

        CollectionModel courses = metadata.entity(Clubs.Student.class).attribute("courses").collection();
        assertThat(courses.container()).isEqualTo(CollectionModel.Container.SET);
        assertThat(courses.joinTable().name()).isEqualTo("enrolment");
        assertThat(courses.joinTable().ownerColumn().name()).isEqualTo("students_id"); // the inverse attribute's name
        assertThat(courses.joinTable().elementColumn().name()).isEqualTo("courses_id");
        CollectionModel students = metadata.entity(Clubs.Course.class).attribute("students").collection();
        assertThat(students.mappedBy()).isEqualTo("courses");
        assertThat(students.joinTable()).isEqualTo(courses.joinTable().swapped());

        CollectionModel songs = metadata.entity(Clubs.Playlist.class).attribute("songs").collection();
        assertThat(songs.container()).isEqualTo(CollectionModel.Container.COLLECTION);
        assertThat(songs.joinTable().name()).isEqualTo("Playlist_Song");
        assertThat(songs.joinTable().ownerColumn().name()).isEqualTo("Playlist_id"); // the owner's entity name
        assertThat(songs.orderBy()).containsExactly(new CollectionModel.Order("id", "id", false));

        AttributeModel cars = metadata.entity(Clubs.Garage.class).attribute("cars");
        assertThat(cars.fetch()).isEqualTo(Fetch.EAGER);
        assertThat(cars.collection().foreignKey().toString()).isEqualTo("Car.garage_id");
        assertThat(metadata.entity(Clubs.Car.class).columns()).extracting(c -> c.name()).containsExactly("id", "plate");
    }

    @Test
    void aRawCollectionWithoutTargetEntityIsAnErrorNamingTheAttribute() {
        assertThat(problems(Box.class)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.INVALID_MAPPING);
            assertThat(p.where()).isEqualTo(Box.class.getName() + ".items");
            assertThat(p.what()).contains("raw List without targetEntity");
            assertThat(p.hint()).contains("targetEntity");
        });
    }

    @Test
    void mappedByAndOrderByNamingMissingAttributesSayWhatWasMeant() {
        List<MappingProblem> problems = problems(Parent.class, Child.class);
        assertThat(problems).extracting(MappingProblem::where).containsExactly(Parent.class.getName() + ".children",
                Parent.class.getName() + ".sorted");
        assertThat(problems.get(0).what()).contains("mappedBy = \"parnet\" names no attribute of Child",
                "Did you mean 'parent'?");
        assertThat(problems.get(1).what()).contains("@OrderBy(\"nmae\")", "Did you mean 'name'?");
    }

    @Test
    void mapKeyColumnsElementCollectionsAndOrderColumnsAreStillRefused() {
        assertThat(problems(Refused.class, Child.class, Parent.class)).filteredOn(p -> p.type().equals(
                Refused.class.getName())).extracting(MappingProblem::code, MappingProblem::attribute)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ErrorCode.UNSUPPORTED_MAPPING, "byName"),
                        org.assertj.core.groups.Tuple.tuple(ErrorCode.UNSUPPORTED_MAPPING, "tags"),
                        org.assertj.core.groups.Tuple.tuple(ErrorCode.UNSUPPORTED_MAPPING, "ordered"));
        assertThat(problems(Refused.class, Child.class, Parent.class).toString()).contains(
                "@MapKeyColumn is not supported yet", "@ElementCollection is not supported yet",
                "@OrderColumn is not supported yet");
    }

    @Test
    void aMapIsStoredAsTheSameAssociationWouldBeAndKeyedByAnAttributeOfItsValues() {
        Metadata metadata = new MetadataBuilder().add(Directory.class, Listing.class, Label.class).build();
        CollectionModel byName = metadata.entity(Directory.class).attribute("byName").collection();
        assertThat(byName.container()).isEqualTo(CollectionModel.Container.MAP);
        assertThat(byName.isMap()).isTrue();
        assertThat(byName.mapKey()).isEqualTo("name");
        assertThat(byName.mapKeyType()).isEqualTo(String.class);
        assertThat(byName.mappedBy()).isEqualTo("directory");
        CollectionModel byId = metadata.entity(Directory.class).attribute("byId").collection();
        assertThat(byId.mapKey()).as("no map-key annotation: the id").isEqualTo("id");
        assertThat(byId.mapKeyType()).isEqualTo(Long.class);
        assertThat(byId.foreignKey().name()).isEqualTo("directory_id");
        CollectionModel boxes = metadata.entity(Directory.class).attribute("labels").collection();
        assertThat(boxes.mapKey()).isEqualTo("id");
        assertThat(boxes.joinTable().name()).isEqualTo("Directory_Label");
        assertThat(boxes.distinctElements()).isTrue();
    }

    @Test
    void aMapKeyNamingNoAttributeOrOfAnotherTypeIsReportedWithWhatToDo() {
        List<MappingProblem> problems = problems(BadDirectory.class, Label.class);
        assertThat(problems).filteredOn(p -> p.type().equals(BadDirectory.class.getName()))
                .extracting(MappingProblem::code, MappingProblem::attribute).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ErrorCode.INVALID_MAPPING, "misspelt"),
                        org.assertj.core.groups.Tuple.tuple(ErrorCode.INVALID_MAPPING, "wrongKeyType"),
                        org.assertj.core.groups.Tuple.tuple(ErrorCode.MISPLACED_ANNOTATION, "notAMap"));
        assertThat(problems.toString()).contains("@MapKey(name = \"txet\") names no attribute of Label.",
                "Did you mean 'text'?", "declared as a Map<Long, ...>, but its keys are Label.text",
                "Declare it as Map<String, Label>", "@MapKey is on an attribute that is not a java.util.Map");
    }

    @Test
    void aLazyAttributeCannotKeyAMap() {
        List<MappingProblem> problems = problems(LazyKeyed.class, Blurb.class);
        assertThat(problems).extracting(MappingProblem::code, MappingProblem::attribute).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ErrorCode.UNSUPPORTED_MAPPING, "byText"));
        assertThat(problems.get(0).what()).contains("Blurb.text, a LAZY attribute");
    }
}
