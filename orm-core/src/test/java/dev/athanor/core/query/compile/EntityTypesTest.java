package dev.athanor.core.query.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.core.dialect.sqlite.SqliteDialect;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.meta.build.MetadataBuilder;
import dev.athanor.core.meta.build.fixtures.Hierarchies;
import dev.athanor.core.query.QueryCompiler;
import dev.athanor.core.query.QueryException;
import dev.athanor.core.query.QueryPlan;
import org.junit.jupiter.api.Test;

/** TYPE, TREAT and the discriminator restrictions of a query over a SINGLE_TABLE hierarchy. */
class EntityTypesTest {

    private static final Metadata SHAPES = new MetadataBuilder().add(Hierarchies.Shape.class,
            Hierarchies.Rounded.class, Hierarchies.Circle.class, Hierarchies.Ring.class, Hierarchies.Square.class)
            .build();
    private static final QueryCompiler COMPILER = new QueryCompiler(SHAPES, CompilerFixture.SELECTION);

    private static String sql(String jpql) {
        return new SqliteDialect().renderer().render(COMPILER.compile(jpql).statement()).sql();
    }

    private static QueryException error(String jpql) {
        try {
            COMPILER.compile(jpql);
        } catch (QueryException e) {
            return e;
        }
        throw new AssertionError("expected a QueryException for " + jpql);
    }

    @Test
    void aSubclassRangeReadsItsAndItsSubclassesDiscriminatorValuesAndTheRootEveryRow() {
        assertThat(sql("SELECT c.id FROM Circle c")).isEqualTo("SELECT \"c1\".\"id\" FROM \"shape\" \"c1\" WHERE"
                + " \"c1\".\"DTYPE\" IN ('C', 'Ring')");
        assertThat(sql("SELECT s.id FROM Shape s")).isEqualTo("SELECT \"s1\".\"id\" FROM \"shape\" \"s1\"");
        assertThat(sql("DELETE FROM Ring r WHERE r.inner > 1")).isEqualTo("DELETE FROM \"shape\" WHERE \"inner\" > 1"
                + " AND \"DTYPE\" IN ('Ring')");
    }

    @Test
    void typeComparesTheDiscriminatorWithTheClassesValues() {
        assertThat(sql("SELECT s.id FROM Shape s WHERE TYPE(s) = Circle")).endsWith("WHERE \"s1\".\"DTYPE\" = 'C'");
        assertThat(sql("SELECT s.id FROM Shape s WHERE TYPE(s) NOT IN (Ring, Square)"))
                .endsWith("WHERE \"s1\".\"DTYPE\" NOT IN ('Ring', 'Square')");
        assertThat(sql("SELECT s.id FROM Shape s WHERE TYPE(s) <> :t")).endsWith("WHERE \"s1\".\"DTYPE\" <> ?");
        QueryPlan plan = COMPILER.compile("SELECT s.id FROM Shape s WHERE TYPE(s) = :t");
        assertThat(plan.slots()).extracting(QueryPlan.ParameterUse::conversion)
                .containsExactly(QueryPlan.Conversion.ENTITY_TYPE);
        assertThat(sql("SELECT s.id FROM Shape s WHERE TYPE(s) = Shape")).as("abstract: no row is exactly one")
                .endsWith("WHERE \"s1\".\"DTYPE\" = 'abstract:Shape'");
        assertThat(sql("SELECT TYPE(s) FROM Shape s")).isEqualTo("SELECT CASE \"s1\".\"DTYPE\" WHEN 'C' THEN 'Circle'"
                + " WHEN 'Ring' THEN 'Ring' WHEN 'Square' THEN 'Square' END FROM \"shape\" \"s1\"");
    }

    @Test
    void treatReadsASubclassesColumnOnlyForItsRows() {
        assertThat(sql("SELECT s.id FROM Shape s WHERE TREAT(s AS Circle).filled = TRUE"))
                .endsWith("WHERE CASE WHEN \"s1\".\"DTYPE\" IN ('C', 'Ring') THEN \"s1\".\"filled\" END = TRUE");
        assertThat(sql("SELECT TREAT(s AS Circle).label FROM Shape s")).as("an attribute of the root needs no CASE")
                .isEqualTo("SELECT \"s1\".\"label\" FROM \"shape\" \"s1\"");
    }

    @Test
    void misusesNameTheFix() {
        QueryException noTreat = error("SELECT s.id FROM Shape s WHERE s.side > 2");
        assertThat(noTreat.code()).isEqualTo(ErrorCode.QUERY_UNKNOWN_ATTRIBUTE);
        assertThat(noTreat.getMessage()).contains("Shape has no attribute 'side'; its subclass Square has.",
                "Write TREAT(s AS Square).side", "line 1, column");
        QueryException sideways = error("SELECT c.id FROM Circle c WHERE TREAT(c AS Square).side > 1");
        assertThat(sideways.code()).isEqualTo(ErrorCode.QUERY_TYPE);
        assertThat(sideways.getMessage()).contains("Square is not a subclass of Circle", "Ring");
        assertThat(error("SELECT c.id FROM Circle c WHERE TYPE(c) = Square").getMessage())
                .contains("TYPE(...) of a Circle is never Square", "Compare it with one of: Circle, Ring");
        assertThat(error("SELECT s.id FROM Shape s WHERE TYPE(s.label) = Ring").getMessage())
                .contains("TYPE(...) takes an identification variable or an entity-valued path");
    }
}
