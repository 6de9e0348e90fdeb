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
    }

    @Entity
    public static class Ranking {
        @Id
        public long id;
        @OneToMany
        @JoinColumn(name = "ranking_id")
        @OrderColumn
        public List<Entry> entries;
        @OneToMany
        @OrderColumn(name = "place", nullable = false, columnDefinition = "SMALLINT")
        public List<Runner> runners;
        @ManyToMany
        @OrderColumn(name = "pos", insertable = false, updatable = false)
        public List<Entry> favourites;
    }

    @Entity
    public static class Entry {
        @Id
        public long id;
        public String name;
        @ManyToMany(mappedBy = "favourites")
        public List<Ranking> rankings;
    }

    @Entity
    public static class Runner {
        @Id
        public long id;
        @ManyToOne
        public Team team;
    }

    @Entity
    public static class Team {
        @Id
        public long id;
        @OneToMany(mappedBy = "team")
        @OrderColumn(name = "team_place")
        public List<Runner> runners;
    }

    @Entity
    public static class BadOrder {
        @Id
        public long id;
        @OneToMany
        @JoinColumn(name = "bad_id")
        @OrderColumn
        public java.util.Set<Entry> asSet;
        @OneToMany(mappedBy = "parent")
        @OrderColumn
        @OrderBy("name")
        public List<Child> both;
        @OneToMany
        @JoinColumn(name = "bad2_id")
        @OrderColumn(nullable = false)
        public List<Runner> notNullInElementTable;
        @OneToMany
        @JoinColumn(name = "bad3_id")
        @OrderColumn(name = "name")
        public List<Entry> clash;
    }

    @Entity
    public static class InverseOrder {
        @Id
        public long id;
        @ManyToMany
        public List<Loner> loners;
    }

    @Entity
    public static class Loner {
        @Id
        public long id;
        @ManyToMany(mappedBy = "loners")
        @OrderColumn
        public List<InverseOrder> owners;
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
    void mapKeyColumnsAndElementCollectionsAreStillRefused() {
        assertThat(problems(Refused.class, Child.class, Parent.class)).filteredOn(p -> p.type().equals(
                Refused.class.getName())).extracting(MappingProblem::code, MappingProblem::attribute)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ErrorCode.UNSUPPORTED_MAPPING, "byName"),
                        org.assertj.core.groups.Tuple.tuple(ErrorCode.UNSUPPORTED_MAPPING, "tags"));
        assertThat(problems(Refused.class, Child.class, Parent.class).toString()).contains(
                "@MapKeyColumn is not supported yet", "@ElementCollection is not supported yet");
    }

    @Test
    void anOrderColumnIsInTheJoinTableWhenThereIsOneAndInTheElementsTableOtherwise() {
        Metadata metadata = new MetadataBuilder().add(Ranking.class, Entry.class, Runner.class, Team.class).build();
        CollectionModel entries = metadata.entity(Ranking.class).attribute("entries").collection();
        assertThat(entries.ordered()).isTrue();
        assertThat(entries.orderColumn().toString()).isEqualTo("Entry.entries_ORDER"); // <attribute>_ORDER
        assertThat(entries.orderColumn().nullable()).isTrue();
        assertThat(entries.orderColumn().javaType()).isEqualTo(Integer.class);

        CollectionModel runners = metadata.entity(Ranking.class).attribute("runners").collection();
        assertThat(runners.orderColumn().toString()).isEqualTo("Ranking_Runner.place");
        assertThat(runners.orderColumn().nullable()).isFalse();
        assertThat(runners.orderColumn().columnDefinition()).isEqualTo("SMALLINT");

        CollectionModel favourites = metadata.entity(Ranking.class).attribute("favourites").collection();
        assertThat(favourites.orderColumn().toString()).isEqualTo("Ranking_Entry.pos");
        assertThat(favourites.orderColumn().insertable()).isFalse();
        assertThat(favourites.orderColumn().updatable()).isFalse();
        assertThat(metadata.entity(Entry.class).attribute("rankings").collection().ordered()).isFalse();

        CollectionModel teamRunners = metadata.entity(Team.class).attribute("runners").collection();
        assertThat(teamRunners.owning()).isFalse();
        assertThat(teamRunners.orderColumn().toString()).isEqualTo("Runner.team_place");
        assertThat(metadata.entity(Runner.class).columns()).extracting(c -> c.name()).containsExactly("id", "team_id");
    }

    @Test
    void anOrderColumnWhereItCannotKeepPositionsIsAnErrorNamingTheAttributeAndWhatToDo() {
        List<MappingProblem> problems = problems(BadOrder.class, Entry.class, Runner.class, Team.class, Child.class,
                Parent.class, Ranking.class);
        assertThat(problems).filteredOn(p -> p.type().equals(BadOrder.class.getName()))
                .extracting(MappingProblem::code, MappingProblem::attribute).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ErrorCode.INVALID_MAPPING, "asSet"),
                        org.assertj.core.groups.Tuple.tuple(ErrorCode.MISPLACED_ANNOTATION, "both"),
                        org.assertj.core.groups.Tuple.tuple(ErrorCode.UNSUPPORTED_MAPPING, "notNullInElementTable"),
                        org.assertj.core.groups.Tuple.tuple(ErrorCode.DUPLICATE_COLUMN, "clash"));
        String text = problems.toString();
        assertThat(text).contains("@OrderColumn on a @OneToMany declared as java.util.Set",
                "both @OrderColumn and @OrderBy", "@OrderColumn(nullable = false) in the element's table Runner",
                "link the list through a join table", "@OrderColumn names 'name', a column Entry already has");

        assertThat(problems(InverseOrder.class, Loner.class)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.MISPLACED_ANNOTATION);
            assertThat(p.where()).isEqualTo(Loner.class.getName() + ".owners");
            assertThat(p.what()).contains("the inverse side (mappedBy = \"loners\") of a @ManyToMany");
            assertThat(p.hint()).contains("Put @OrderColumn on the owning side");
        });
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
