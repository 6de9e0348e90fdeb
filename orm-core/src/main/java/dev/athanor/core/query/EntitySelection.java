package dev.athanor.core.query;

import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.sql.ast.Expression;
import java.util.List;

/**
 * What a query selects to read one entity from a row: supplied by the session, which hydrates the
 * entity from exactly these columns in this order (its identity and loading rules stay in one place).
 * A lazy basic attribute's column is {@link dev.athanor.core.sql.ast.Literal#NULL} itself here: a
 * query's select list leaves it out, and its node reads that slot as NULL (see {@code
 * QueryPlan.EntityNode#column}); the session then marks the attribute unloaded.
 */
public interface EntitySelection {

    /** The select-list expressions for {@code entity} read through table alias {@code tableAlias}. */
    List<Expression> columns(EntityModel entity, String tableAlias);
}
