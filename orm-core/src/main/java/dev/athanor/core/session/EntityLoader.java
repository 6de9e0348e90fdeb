package dev.athanor.core.session;

import dev.athanor.core.engine.EngineConnection;
import dev.athanor.core.engine.Result;
import dev.athanor.core.engine.Row;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.sql.render.RenderedSql;
import java.util.List;

/**
 * Reads entities by id into the persistence context: one SELECT per entity, its to-one targets
 * resolved from the context first and loaded otherwise. Without the agent every to-one is loaded
 * when its owner is (LAZY is a hint the specification lets a provider ignore); the agent's issue
 * makes LAZY real.
 */
final class EntityLoader {

    private final SessionFactory factory;
    private final PersistenceContext context;

    EntityLoader(SessionFactory factory, PersistenceContext context) {
        this.factory = factory;
        this.context = context;
    }

    /** The instance with this id, loaded and managed; null when there is no row. */
    Object load(EngineConnection connection, EntityPersister persister, Object id, boolean forUpdate) {
        Row row = selectRow(connection, persister, id, forUpdate);
        return row == null ? null : hydrate(connection, persister, row, id);
    }

    /** Overwrites a managed instance's state with its row. */
    void reload(EngineConnection connection, EntityEntry entry, boolean forUpdate) {
        EntityPersister persister = entry.persister;
        Row row = selectRow(connection, persister, entry.id, forUpdate);
        if (row == null) {
            throw SessionErrors.notFound(persister.entity().name(), entry.id, "refresh(): the row was deleted");
        }
        EntityColumns columns = persister.columns();
        entry.snapshot = columns.writeAndSnapshot(entry.instance, EntityColumns.ColumnSource.of(row, 0),
                (target, targetId) -> resolve(connection, target, targetId));
    }

    private Row selectRow(EngineConnection connection, EntityPersister persister, Object id, boolean forUpdate) {
        RenderedSql sql = persister.selectById(forUpdate);
        Result result = connection.query(sql.sql(), persister.columns().fetchTypes(), 1, sql.bind(id));
        List<Row> rows = result.all();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /**
     * Makes the row an instance: registered in the context before its to-ones are resolved, so that
     * a cycle of references finds it there.
     */
    Object hydrate(EngineConnection connection, EntityPersister persister, Row row, Object id) {
        return hydrate(connection, persister, EntityColumns.ColumnSource.of(row, 0), id);
    }

    /** As above, from any source of the entity's column values (a native query's row, by column label). */
    Object hydrate(EngineConnection connection, EntityPersister persister, EntityColumns.ColumnSource row, Object id) {
        Object instance = persister.entity().newInstance();
        EntityEntry entry = context.add(instance, persister, id);
        entry.inDatabase = true;
        EntityColumns columns = persister.columns();
        entry.snapshot = columns.writeAndSnapshot(instance, row, (target, targetId) -> resolve(connection, target,
                targetId));
        return instance;
    }

    private Object resolve(EngineConnection connection, EntityModel target, Object id) {
        EntityEntry known = context.entry(target.javaType(), id);
        if (known != null) {
            return known.instance;
        }
        Object loaded = load(connection, factory.persister(target.javaType()), id, false);
        if (loaded == null) {
            throw SessionErrors.notFound(target.name(), id, "a foreign key refers to it");
        }
        return loaded;
    }
}
