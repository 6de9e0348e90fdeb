package dev.athanor.core.query.compile;

import dev.athanor.core.dialect.mysql.MySqlDialect;
import dev.athanor.core.dialect.sqlite.SqliteDialect;
import dev.athanor.core.engine.ServerInfo;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.meta.build.MetadataBuilder;
import dev.athanor.core.query.EntitySelection;
import dev.athanor.core.query.QueryCompiler;
import dev.athanor.core.query.QueryException;
import dev.athanor.core.query.QueryPlan;
import dev.athanor.core.sql.ast.ColumnRef;
import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.Literal;
import dev.athanor.core.sql.render.RenderedSql;
import java.util.ArrayList;
import java.util.List;

/** The {@link Shop} mapping, a compiler over it, and SQLite and MySQL rendering of plans. */
final class CompilerFixture {

    static final Metadata METADATA = new MetadataBuilder().add(Shop.all()).build();

    /** Each entity's columns in attribute order, lazy basics as NULL, as the session's selection does. */
    static final EntitySelection SELECTION = CompilerFixture::columns;

    static final QueryCompiler COMPILER = new QueryCompiler(METADATA, SELECTION);

    private CompilerFixture() {
    }

    static List<Expression> columns(EntityModel entity, String alias) {
        List<Expression> columns = new ArrayList<>();
        for (AttributeModel a : entity.attributes()) {
            boolean lazy = a.kind() == AttributeModel.Kind.BASIC && a.fetch() == AttributeModel.Fetch.LAZY;
            a.columns().forEach(c -> columns.add(lazy ? Literal.NULL : ColumnRef.of(alias, c.name())));
        }
        return columns;
    }

    static QueryPlan compile(String jpql) {
        return COMPILER.compile(jpql);
    }

    static RenderedSql sqlite(QueryPlan plan) {
        return new SqliteDialect().renderer().render(plan.statement());
    }

    static RenderedSql mysql(QueryPlan plan) {
        return new MySqlDialect().forServer(ServerInfo.of("MariaDB", "10.11.6", null, "MariaDB Connector/J", "10.11.6"))
                .renderer().render(plan.statement());
    }

    /** The SQLite text of a query's statement. */
    static String sql(String jpql) {
        return sqlite(compile(jpql)).sql();
    }

    static QueryException error(String jpql) {
        try {
            compile(jpql);
        } catch (QueryException e) {
            return e;
        }
        throw new AssertionError("expected a QueryException for " + jpql);
    }
}
