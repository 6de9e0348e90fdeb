package dev.athanor.core.dialect;

import dev.athanor.core.sql.ast.BindParam;
import dev.athanor.core.sql.render.SqlRenderer;
import dev.athanor.core.sql.render.SqlWriter;

/**
 * The renderer hooks every dialect answers the same way: names quoted by the dialect, LIMIT and
 * OFFSET as the dialect writes them, and the rest decided by its {@link Capabilities}, so that a
 * dialect's own renderer holds only what really differs.
 *
 * @param <D> the dialect
 */
public abstract class DialectRenderer<D extends Dialect> extends SqlRenderer {

    protected final D dialect;

    protected DialectRenderer(D dialect) {
        this.dialect = dialect;
    }

    @Override
    protected String identifier(String name) {
        return dialect.quote(name);
    }

    @Override
    protected void limitOffset(BindParam limit, BindParam offset, SqlWriter out) {
        out.append(' ').appendWithMarkers(dialect.limitOffset(limit != null, offset != null), present(limit, offset));
    }

    @Override
    protected boolean nativeNullsOrdering() {
        return dialect.capabilities().nullsOrdering();
    }

    @Override
    protected boolean supportsReturning() {
        return dialect.capabilities().returning();
    }

    @Override
    protected boolean supportsSequences() {
        return dialect.capabilities().sequences();
    }

    @Override
    protected boolean supportsAddConstraint() {
        return dialect.capabilities().addConstraint();
    }
}
