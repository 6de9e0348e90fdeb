package dev.athanor.core.session;

import dev.athanor.core.config.SessionSettings;
import dev.athanor.core.dialect.Dialect;
import dev.athanor.core.engine.Engine;
import dev.athanor.core.error.ConfigurationException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.IdGeneration;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.query.EntitySelection;
import dev.athanor.core.query.QueryCompiler;
import dev.athanor.core.query.QueryPlan;
import dev.athanor.core.query.QueryPlanCache;
import dev.athanor.core.query.tree.QueryTree;
import dev.athanor.core.sql.ast.Expression;
import dev.athanor.core.sql.ast.SelectItem;
import dev.athanor.core.session.id.IdGenerators;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What every session of one persistence unit shares: the frozen model, the engine, the id
 * generators, each entity's rendered SQL and the compiled queries. Thread-safe; building it opens
 * no connection. As the queries' {@link EntitySelection} it tells the compiler which columns read an
 * entity: exactly those its own loads select, so that one hydration serves both.
 */
public final class SessionFactory implements AutoCloseable, EntitySelection {

    private final Metadata metadata;
    private final Engine engine;
    private final SessionSettings settings;
    private final IdGenerators generators;
    private final Map<Class<?>, EntityPersister> persisters = new LinkedHashMap<>();
    private final Map<Class<?>, Integer> insertRank = new HashMap<>();
    private final Map<AttributeModel, CollectionPersister> collections = new java.util.IdentityHashMap<>();
    private final Map<Class<?>, java.util.List<CollectionPersister>> joinTablesByElement = new HashMap<>();
    private final QueryPlanCache queryPlans;
    private volatile Dialect dialect;
    private boolean typeCycle;

    public SessionFactory(Metadata metadata, Engine engine, SessionSettings settings) {
        this.metadata = metadata;
        this.engine = engine;
        this.settings = settings;
        this.generators = IdGenerators.build(metadata, engine);
        refuseSharedGeneratorsInMemory(metadata, engine);
        for (EntityModel entity : metadata.entities()) {
            persisters.put(entity.javaType(), new EntityPersister(entity, metadata, this::dialect,
                    generators.databaseAssigns(entity), generators.forEntity(entity).orElse(null)));
        }
        for (EntityPersister owner : persisters.values()) {
            for (AttributeModel attribute : owner.toManys()) {
                Class<?> element = attribute.collection().elementEntity();
                CollectionPersister collection = new CollectionPersister(owner, attribute, persisters.get(element));
                collections.put(attribute, collection);
                if (attribute.collection().owning() && attribute.collection().joinTable() != null) {
                    java.util.List<CollectionPersister> known = joinTablesByElement.computeIfAbsent(element,
                            e -> new java.util.ArrayList<>());
                    String table = attribute.collection().joinTable().name();
                    // a hierarchy's subclasses inherit the root's to-many: one join table, listed once
                    if (known.stream().noneMatch(c -> c.collection().joinTable().name().equals(table))) {
                        known.add(collection);
                    }
                }
            }
        }
        for (EntityModel entity : metadata.entities()) {
            rank(entity, new HashSet<>());
        }
        persisters.forEach((type, persister) -> persister.insertRank(insertRank(type)));
        int ordinal = 0;
        for (EntityPersister persister : persisters.values()) {
            persister.columns().link(persisters::get);
            persister.ordinal(ordinal++);
        }
        persisters.values().forEach(persister -> persister.linkHierarchy(metadata, persisters::get));
        checkEnhancement();
        queryPlans = new QueryPlanCache(new QueryCompiler(metadata, this), settings.queryPlanCacheSize());
    }

    /** The select-list expressions that read {@code entity} through {@code tableAlias}: those of its loads by id. */
    @Override
    public java.util.List<Expression> columns(EntityModel entity, String tableAlias) {
        EntityPersister persister = persisters.get(entity.javaType());
        if (persister == null) {
            throw new IllegalArgumentException(entity.name() + " is not an entity of this persistence unit");
        }
        return persister.allColumns(tableAlias).stream().map(SelectItem::expression).toList();
    }

    /** The plan of a JPQL query, compiled once per distinct text; a bad query throws QueryException. */
    public QueryPlan plan(String jpql) {
        return queryPlans.plan(jpql);
    }

    /** The plan of a query tree built by Criteria; {@code text} describes it in messages. */
    public QueryPlan plan(QueryTree tree, String text) {
        return queryPlans.plan(tree, text);
    }

    /** As above, {@code text} asked for only when the tree is compiled (not found in the cache). */
    public QueryPlan plan(QueryTree tree, java.util.function.Supplier<String> text) {
        return queryPlans.plan(tree, text);
    }

    /** The compiled queries of this factory. */
    public QueryPlanCache queryPlans() {
        return queryPlans;
    }

    /**
     * Says which managed classes the agent did not enhance: once, as a warning on
     * {@code dev.athanor.ENHANCE} with the fixes, or as a refusal to boot under
     * {@code athanor.enhancement=required}.
     */
    private void checkEnhancement() {
        java.util.List<String> plain = new java.util.ArrayList<>();
        for (EntityPersister persister : persisters.values()) {
            if (!persister.enhanced()) {
                plain.add(persister.entity().javaType().getName());
            }
        }
        for (dev.athanor.core.meta.EmbeddableModel embeddable : metadata.embeddables()) {
            if (!embeddable.isRecord() && !dev.athanor.runtime.ManagedEntity.class.isAssignableFrom(embeddable.javaType())) {
                plain.add(embeddable.javaType().getName());
            }
        }
        if (plain.isEmpty()) {
            return;
        }
        String fixes = "Start the JVM with -javaagent:/path/to/orm-agent.jar, or name the agent in the application"
                + " jar's manifest (Launcher-Agent-Class: dev.athanor.agent.AthanorAgent, with orm-agent.jar on its"
                + " Class-Path), or enhance the classes at build time";
        if (settings.enhancement() == SessionSettings.Enhancement.REQUIRED) {
            throw new ConfigurationException(ErrorMessage.of(ErrorCode.NOT_ENHANCED, plain.size() + " managed"
                    + " class(es) were not enhanced and athanor.enhancement=required: " + String.join(", ", plain))
                    .hint(fixes + "; or set athanor.enhancement=auto to run them unenhanced."));
        }
        org.slf4j.LoggerFactory.getLogger("dev.athanor.ENHANCE").warn("{} {} managed class(es) were not enhanced: {}."
                + " They work, but every flush compares each of their instances with a snapshot, and their LAZY"
                + " to-one and @Basic(fetch = LAZY) attributes are loaded EAGERLY with their owner. {}.",
                ErrorCode.NOT_ENHANCED.code(), plain.size(), String.join(", ", plain), fixes);
    }

    /**
     * SEQUENCE and TABLE generators take their blocks on a connection of their own, so that the
     * caller's transaction is never touched; SQLite {@code :memory:} has exactly one connection.
     */
    private void refuseSharedGeneratorsInMemory(Metadata metadata, Engine engine) {
        if (engine.url() == null || !engine.url().inMemory()) {
            return;
        }
        for (EntityModel entity : metadata.entities()) {
            IdGeneration generation = entity.idGeneration();
            if (generation instanceof IdGeneration.Sequence || generation instanceof IdGeneration.Table) {
                throw new ConfigurationException(ErrorMessage.of(ErrorCode.UNSUPPORTED_SETTING, entity.name() + "."
                        + entity.id().name() + " takes its ids from a " + (generation instanceof IdGeneration.Sequence
                        ? "SEQUENCE" : "TABLE") + " generator, which needs a connection of its own; SQLite :memory:"
                        + " has exactly one").detail("url", engine.url().shown())
                        .hint("Use GenerationType.IDENTITY or UUID with :memory:, or a SQLite file database."));
            }
        }
    }

    /** Parents before children: an entity ranks after every entity its foreign keys point to. */
    private int rank(EntityModel entity, Set<Class<?>> visiting) {
        Integer known = insertRank.get(entity.javaType());
        if (known != null) {
            return known;
        }
        if (!visiting.add(entity.javaType())) {
            typeCycle = true; // a cycle between entity types: instance-level ordering in the FlushPlanner decides
            return 0;
        }
        int rank = 0;
        for (AttributeModel attribute : entity.attributes()) {
            if (!attribute.kind().toOne() || attribute.joinColumn().targetEntity() == entity.javaType()) {
                continue;
            }
            EntityModel target = metadata.entity(attribute.joinColumn().targetEntity());
            if (entity.inHierarchy() && metadata.root(target) == metadata.root(entity)) {
                typeCycle = true; // rows of one hierarchy's table refer to each other: the FlushPlanner orders them
                continue;
            }
            for (EntityModel possible : metadata.subtypes(target)) { // the row referred to may be of any subclass
                rank = Math.max(rank, 1 + rank(possible, visiting));
            }
        }
        visiting.remove(entity.javaType());
        insertRank.put(entity.javaType(), rank);
        return rank;
    }

    /** A new persistence context over this factory. Opens no connection. */
    public Session openSession() {
        return new Session(this);
    }

    public Metadata metadata() {
        return metadata;
    }

    public Engine engine() {
        return engine;
    }

    public SessionSettings settings() {
        return settings;
    }

    IdGenerators generators() {
        return generators;
    }

    /** The dialect fitted to the server; connects on first use, which only flushes and loads need. */
    Dialect dialect() {
        Dialect known = dialect;
        if (known == null) {
            known = Dialect.connectedTo(engine);
            dialect = known;
        }
        return known;
    }

    /** The persister of an entity class (exactly that class: a subclass has its own), or null. */
    EntityPersister persister(Class<?> type) {
        return persisters.get(type);
    }

    /** The persister of a to-many attribute (the instance the entity's model lists). */
    CollectionPersister collection(AttributeModel attribute) {
        return collections.get(attribute);
    }

    /** The owning to-manys whose join table refers to entity {@code type} as the element. */
    java.util.List<CollectionPersister> joinTablesOfElement(Class<?> type) {
        java.util.List<CollectionPersister> found = joinTablesByElement.getOrDefault(type, java.util.List.of());
        for (Class<?> above = type.getSuperclass(); above != null && above != Object.class;
                above = above.getSuperclass()) {
            java.util.List<CollectionPersister> more = joinTablesByElement.get(above); // a collection of a superclass
            if (more != null) {
                found = new java.util.ArrayList<>(found);
                found.addAll(more);
            }
        }
        return found;
    }

    int insertRank(Class<?> type) {
        return insertRank.getOrDefault(type, 0);
    }

    /** Whether the ranks order every entity after the entities it refers to (no cycle between types). */
    boolean ranksAreTopological() {
        return !typeCycle;
    }

    /** Closes the engine and its pool. */
    @Override
    public void close() {
        engine.close();
    }

    @Override
    public String toString() {
        return "SessionFactory[" + metadata + " on " + engine + "]";
    }
}
