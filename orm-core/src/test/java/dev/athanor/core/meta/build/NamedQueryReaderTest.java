package dev.athanor.core.meta.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.MappingException;
import dev.athanor.core.error.MappingProblem;
import dev.athanor.core.meta.ColumnResultModel;
import dev.athanor.core.meta.ConstructorResultModel;
import dev.athanor.core.meta.EntityResultModel;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.meta.NamedNativeQueryModel;
import dev.athanor.core.meta.NamedQueryModel;
import dev.athanor.core.meta.ResultSetMappingModel;
import dev.athanor.core.meta.build.fixtures.Queries;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamedQueryReaderTest {

    private final Metadata metadata = new MetadataBuilder().add(Queries.Book.class).build();

    @Test
    void namedQueriesOfTheEntityAndItsMappedSuperclassAreRead() {
        assertThat(metadata.namedQueries()).containsExactly(
                new NamedQueryModel("Book.byTitle", "select b from Book b where b.title = :t", Queries.Book.class,
                        "PESSIMISTIC_WRITE", Map.of("jakarta.persistence.query.timeout", "500"), Queries.Book.class),
                new NamedQueryModel("Book.count", "select count(b) from Book b", Object.class, "NONE", Map.of(),
                        Queries.Book.class),
                new NamedQueryModel("Base.all", "select b from Book b", Object.class, "NONE", Map.of(),
                        Queries.Base.class));
    }

    @Test
    void namedNativeQueriesKeepResultClassAndMapping() {
        assertThat(metadata.namedNativeQueries()).containsExactly(
                new NamedNativeQueryModel("Book.native", "select * from Book", Queries.Book.class, "", Map.of(),
                        Queries.Book.class),
                new NamedNativeQueryModel("Book.mapped", "select * from Book", void.class, "BookAndTitle", Map.of(),
                        Queries.Book.class),
                new NamedNativeQueryModel("Book.inline", "select id, title from Book", void.class,
                        "NamedNativeQuery:Book.inline", Map.of(), Queries.Book.class));
        assertThat(metadata.namedNativeQueries().get(0).hasResultSetMapping()).isFalse();
        assertThat(metadata.namedNativeQueries().get(1).hasResultClass()).isFalse();
    }

    @Test
    void resultSetMappingHoldsEntitiesConstructorsAndColumns() {
        ResultSetMappingModel mapping = metadata.resultSetMapping("BookAndTitle").orElseThrow();
        assertThat(mapping.entities()).containsExactly(
                new EntityResultModel(Queries.Book.class, Map.of("title", "t"), ""));
        assertThat(mapping.constructors()).containsExactly(new ConstructorResultModel(Queries.Summary.class,
                List.of(new ColumnResultModel("id", Long.class), new ColumnResultModel("title", void.class))));
        assertThat(mapping.columns()).containsExactly(new ColumnResultModel("n", Integer.class));
        assertThat(mapping.size()).isEqualTo(3);
        assertThat(mapping.declaredOn()).isEqualTo(Queries.Book.class);
        assertThat(metadata.resultSetMapping("Nope")).isEmpty();
    }

    @Test
    void aNativeQueryWithItsResultInlineGetsAMappingOfItsOwn() {
        assertThat(metadata.resultSetMapping("NamedNativeQuery:Book.inline").orElseThrow().columns())
                .containsExactly(new ColumnResultModel("title", void.class));
        assertThat(metadata.resultSetMappings()).extracting(ResultSetMappingModel::name)
                .containsExactly("NamedNativeQuery:Book.inline", "BookAndTitle");
    }

    @Test
    void duplicateNamesAcrossJpqlAndNativeQueriesAndMappingsNameBothClasses() {
        MappingException e = catchThrowableOfType(
                () -> new MetadataBuilder().add(Queries.Book.class, Queries.Shelf.class).build(), MappingException.class);
        assertThat(e.problems()).extracting(MappingProblem::code)
                .containsExactlyInAnyOrder(ErrorCode.NAMED_QUERY, ErrorCode.RESULT_MAPPING);
        assertThat(e.getMessage())
                .contains("ATH-9008 " + Queries.Shelf.class.getName() + ": the query name 'Book.count' is also"
                        + " declared on " + Queries.Book.class.getName())
                .contains("ATH-9010 " + Queries.Shelf.class.getName() + ": the result set mapping name"
                        + " 'BookAndTitle' is also declared on " + Queries.Book.class.getName());
    }

    @Test
    void unknownMappingAndNonEntityResultAreReportedAtBoot() {
        MappingException e = catchThrowableOfType(
                () -> new MetadataBuilder().add(Queries.Lost.class).build(), MappingException.class);
        assertThat(e.getMessage())
                .contains("named native query 'Lost.q' uses result set mapping 'Nowhere', which is not declared")
                .contains("result set mapping 'NotAnEntity' has an @EntityResult of "
                        + Queries.Summary.class.getName() + ", which is not an entity");
    }

    @Test
    void aMappingFileDeclarationReplacesTheAnnotatedOneOfTheSameName() {
        NamedQueryModel xmlCount = new NamedQueryModel("Book.count", "select count(b.id) from Book b", Long.class,
                null, null, Object.class);
        ResultSetMappingModel xmlMapping = new ResultSetMappingModel("BookAndTitle", List.of(), List.of(),
                List.of(new ColumnResultModel("t", String.class)), Object.class);
        MappingOverrides overrides = MappingOverrides.builder()
                .namedQuery(xmlCount, "orm.xml:3")
                .namedNativeQuery(new NamedNativeQueryModel("Book.native", "select 2", null, null, null, Object.class),
                        "orm.xml:5")
                .resultSetMapping(xmlMapping, "orm.xml:7").build();

        Metadata withXml = new MetadataBuilder().overrides(overrides).add(Queries.Book.class).build();

        assertThat(withXml.namedQueries()).contains(xmlCount).extracting(NamedQueryModel::name)
                .containsExactly("Book.byTitle", "Book.count", "Base.all");
        assertThat(withXml.namedNativeQueries()).extracting(NamedNativeQueryModel::query)
                .containsExactly("select 2", "select * from Book", "select id, title from Book");
        assertThat(withXml.resultSetMapping("BookAndTitle")).contains(xmlMapping);
    }

    @Test
    void twoMappingFileDeclarationsOfOneNameAreReportedWithBothPlaces() {
        MappingOverrides overrides = MappingOverrides.builder()
                .namedQuery(new NamedQueryModel("q", "select 1", null, null, null, Object.class), "a.xml:3")
                .namedNativeQuery(new NamedNativeQueryModel("q", "select 1", null, null, null, Object.class), "b.xml:9")
                .build();

        MappingException e = catchThrowableOfType(
                () -> new MetadataBuilder().overrides(overrides).add(Queries.Book.class).build(), MappingException.class);

        assertThat(e.getMessage()).contains("ATH-9008 b.xml:9: the query name 'q' is also declared at a.xml:3");
    }

    @Test
    void metadataWithoutQueriesHasEmptyLists() {
        Metadata plain = new Metadata(List.of(), List.of(), List.of());
        assertThat(plain.namedQueries()).isEmpty();
        assertThat(plain.namedNativeQueries()).isEmpty();
        assertThat(plain.resultSetMappings()).isEmpty();
    }
}
