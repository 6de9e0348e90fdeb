package dev.athanor.core.error;

/**
 * Stable codes for every error a user can cause. The code never changes once released, so that
 * people can search for it; the title says what happened and the hint what to do.
 *
 * <p>Ranges: 1xxx configuration and URLs, 12xx statement parameters, 13xx results,
 * 2xxx what the database refused, 3xxx connecting, 4xxx transactions and pool use, 5xxx mapping
 * metadata, 6xxx schema generation and validation, 7xxx ids, 8xxx the persistence context (entity
 * states, transactions, versions), 9xxx queries (JPQL, Criteria, named and native).
 */
public enum ErrorCode {
    UNKNOWN_OPTION("ATH-1001", "Unknown engine option",
            "Use one of the known options listed above."),
    INVALID_OPTION_VALUE("ATH-1002", "Invalid value for an engine option",
            "Give a value of the type the option expects."),
    MALFORMED_URL("ATH-1003", "Malformed database URL",
            "Use a JDBC URL (jdbc:sqlite:app.db, jdbc:mysql://host:3306/db) or a URL such as"
                    + " sqlite:///app.db, sqlite:///:memory: or mysql://user:password@host:3306/db."),
    UNSUPPORTED_DATABASE("ATH-1004", "No Athanor dialect for this database",
            "Athanor speaks SQLite and MySQL/MariaDB; check the URL's scheme."),
    DRIVER_MISSING("ATH-1005", "JDBC driver not found on the class path",
            "Add the driver's Maven dependency named above to your application."),
    UNSUPPORTED_SETTING("ATH-1006", "Setting not supported by this database",
            "Pick one of the supported values listed above."),
    PERSISTENCE_XML("ATH-1007", "Invalid persistence.xml",
            "Fix the file at the line and column given; the schema is persistence_3_2.xsd in jakarta.persistence-api."),
    UNSUPPORTED_SQL("ATH-1008", "SQL this database cannot run",
            "Write the statement without that feature; the message says what this database offers instead."),
    UNKNOWN_PERSISTENCE_UNIT("ATH-1009", "No persistence unit of this name",
            "Use the name of one of the units listed above, or add the unit to a META-INF/persistence.xml."),
    UNSUPPORTED_UNIT_SETTING("ATH-1010", "Persistence unit setting Athanor does not support",
            "Change the setting named above; the message says what Athanor offers instead."),
    NO_DATABASE("ATH-1011", "Persistence unit without a database",
            "Set jakarta.persistence.jdbc.url (or athanor.url), or pass a DataSource as"
                    + " jakarta.persistence.nonJtaDataSource."),
    UNIT_CLASS_NOT_FOUND("ATH-1012", "Class named by the persistence unit not found",
            "Fix the class name, or add the jar that holds the class to the application."),
    MAPPING_FILE("ATH-1013", "Invalid or missing mapping file (orm.xml)",
            "Fix the file at the line and column given, or the <mapping-file> entry that names it."),
    SCHEMA_SCRIPT("ATH-1014", "Schema generation script cannot be written or read",
            "Set the script property named above to a writable file (or a Writer), or a readable script."),

    PARAMETER_COUNT("ATH-1201", "Wrong number of statement parameters",
            "Pass exactly one value for each ? marker (or each :name) in the SQL."),
    PARAMETER_NAME("ATH-1202", "Named parameter without a value",
            "Pass a value for every :name that the SQL uses."),
    PARAMETER_STYLE("ATH-1203", "Mixed parameter styles",
            "Use either positional ? markers with execute(sql, values...) or :name markers with"
                    + " execute(sql, Map), not both."),

    NO_ROW("ATH-1301", "Expected exactly one row, got none",
            "Use first() when no row is a valid answer."),
    TOO_MANY_ROWS("ATH-1302", "Expected exactly one row, got more",
            "Narrow the WHERE clause, or use first() or all()."),
    NO_SUCH_COLUMN("ATH-1303", "No such column in the result",
            "Use one of the column labels listed above, or alias the column in the SQL."),
    VALUE_CONVERSION("ATH-1304", "Cannot convert a column value",
            "Ask for a type the value can be converted to, or read it as Object."),
    RESULT_CLOSED("ATH-1305", "Result already closed",
            "Read a streaming result inside the block that opened it."),

    UNIQUE_VIOLATION("ATH-2001", "Unique constraint violated",
            "A row with the same key already exists: update it instead, or choose another value."),
    FOREIGN_KEY_VIOLATION("ATH-2002", "Foreign key constraint violated",
            "Insert the referenced row first, or delete the referencing rows before the row they"
                    + " point to."),
    NOT_NULL_VIOLATION("ATH-2003", "NOT NULL constraint violated",
            "Give the column a value, or make it nullable."),
    CHECK_VIOLATION("ATH-2004", "Constraint violated",
            "Change the value so that it satisfies the constraint."),
    LOCK_TIMEOUT("ATH-2101", "Lock wait timed out",
            "Another transaction holds the lock: keep transactions short, or retry."),
    DEADLOCK("ATH-2102", "Deadlock; the database rolled the transaction back",
            "Retry the whole transaction; take locks in the same order everywhere to avoid it."),
    DATABASE_BUSY("ATH-2103", "Database is busy (locked by another connection)",
            "Another connection is writing: retry, keep write transactions short, or raise"
                    + " busy_timeout (connect_args)."),
    SQL_SYNTAX("ATH-2201", "SQL syntax error",
            "Fix the SQL near the place the database names."),
    UNKNOWN_OBJECT("ATH-2202", "Unknown table or column",
            "Check the name, or create the schema first."),
    DATA_ERROR("ATH-2203", "Value rejected by the database",
            "Check the value's type, length and range against the column."),
    DATABASE_ERROR("ATH-2999", "The database reported an error",
            "Read the database's message above."),

    CONNECTION_LOST("ATH-3001", "Connection to the database lost",
            "The statement may not have run; retry it on a new connection. Set pool_pre_ping or"
                    + " a pool_recycle below the server's idle timeout."),
    AUTHENTICATION_FAILED("ATH-3002", "The database refused the user name or password",
            "Check the user and password in the URL or connect_args."),
    HOST_UNREACHABLE("ATH-3003", "Cannot reach the database server",
            "Check that the server is running and that host and port in the URL are right."),
    UNKNOWN_DATABASE("ATH-3004", "The database does not exist or cannot be opened",
            "Create the database (or its folder), or fix its name in the URL."),
    POOL_TIMEOUT("ATH-3005", "No connection available from the pool in time",
            "Close connections when done (try-with-resources), raise pool_size or pool_timeout."),
    ENGINE_CLOSED("ATH-3006", "Engine closed",
            "Create a new engine; a closed engine opens no connections."),

    CONNECTION_CLOSED("ATH-4001", "Connection already closed",
            "Use the connection only inside its try-with-resources block."),
    TRANSACTION_ACTIVE("ATH-4002", "A transaction is already active on this connection",
            "Commit or roll back the current transaction first."),
    TRANSACTION_INACTIVE("ATH-4003", "The transaction is no longer active",
            "Begin a new transaction."),
    PINNED_CONNECTION_IN_USE("ATH-4004", "The single :memory: connection is already in use by this thread",
            "Run the statement on the connection or transaction you already hold instead of the"
                    + " engine, or use a file database."),

    INVALID_MAPPING("ATH-5001", "Invalid entity mapping",
            "Fix each problem listed above; every line names the class and the attribute."),
    MISSING_ID("ATH-5002", "Entity without an @Id",
            "Annotate one field (or getter) of the entity or of its @MappedSuperclass with @Id."),
    DUPLICATE_ENTITY_NAME("ATH-5003", "Two entities with one name",
            "Give one of them another name with @Entity(name = \"...\")."),
    UNSUPPORTED_ATTRIBUTE_TYPE("ATH-5004", "Attribute of a type Athanor cannot store",
            "Map it with @Convert and an AttributeConverter to a basic type, or mark it @Transient."),
    UNSUPPORTED_VERSION_TYPE("ATH-5005", "@Version attribute of an unsupported type",
            "Use int, long, short (or their wrappers), Instant or LocalDateTime for the version."),
    UNSUPPORTED_GENERATED_ID("ATH-5006", "@GeneratedValue on an id it cannot generate",
            "Use a numeric id (long, int, Long, Integer...) or GenerationType.UUID with a UUID or String id,"
                    + " or assign the id yourself and remove @GeneratedValue."),
    NOT_AN_ENTITY_TARGET("ATH-5007", "Association to a class that is not a managed entity",
            "Annotate the target with @Entity and list it among the managed classes, or mark the attribute"
                    + " @Transient."),
    NOT_EMBEDDABLE("ATH-5008", "@Embedded type that is not @Embeddable",
            "Annotate the type with @Embeddable and list it among the managed classes."),
    NOT_INSTANTIABLE("ATH-5009", "Managed class that Athanor cannot instantiate or subclass",
            "Make the class non-final, top-level or static, with a public or protected no-argument constructor."),
    DUPLICATE_COLUMN("ATH-5010", "Two attributes mapped to one column",
            "Rename one column with @Column(name = ...), or make one of them insertable = false, updatable = false."),
    UNKNOWN_GENERATOR("ATH-5011", "@GeneratedValue names an unknown generator",
            "Declare it with @SequenceGenerator or @TableGenerator on a managed class or on the id, or fix the name."),
    INVALID_CONVERTER("ATH-5012", "AttributeConverter that cannot be used",
            "Give the converter a public no-argument constructor and types that match the attribute."),
    MISPLACED_ANNOTATION("ATH-5013", "Mapping annotation used where it has no meaning",
            "Remove the annotation or move it to an attribute of the kind it applies to."),
    UNSUPPORTED_MAPPING("ATH-5014", "Mapping not supported yet",
            "Map the attribute another way or mark it @Transient; the message says what is supported."),
    NOT_A_MANAGED_CLASS("ATH-5015", "Listed class is not a managed class",
            "List only classes annotated @Entity, @Embeddable, @MappedSuperclass or @Converter."),
    UNKNOWN_OVERRIDE("ATH-5016", "Mapping file overrides an unknown class or attribute",
            "Fix the class name or attribute path in the mapping file (an embedded one as \"address.street\")."),
    INVALID_INDEX("ATH-5017", "Index or constraint the table cannot have",
            "Name existing columns of the entity's table, as \"a, b DESC\" in @Index(columnList)."),
    INVALID_INHERITANCE("ATH-5018", "Entity inheritance hierarchy that cannot be mapped",
            "Give each concrete class of the hierarchy its own @DiscriminatorValue, and list every entity class"
                    + " of the hierarchy among the managed classes."),

    SCHEMA_VALIDATION("ATH-6001", "The database schema does not match the mapping",
            "Fix each difference listed above: migrate the database, or change the mapping to match it."),
    FOREIGN_KEY_CYCLE("ATH-6002", "Foreign keys form a cycle this database cannot create",
            "Make one association of the cycle a plain column, or use a database that adds foreign keys with"
                    + " ALTER TABLE."),
    SCHEMA_NOT_SUPPORTED("ATH-6003", "Schema generation cannot do what the mapping asks",
            "Create that part of the schema yourself; the message says which part."),

    ID_GENERATOR_MISSING("ATH-7001", "The sequence or table of an id generator is missing",
            "Create the schema first (jakarta.persistence.schema-generation.database.action=create, or"
                    + " SchemaManager.create()), or create the sequence or table named above yourself."),
    ID_TYPE_UNSUPPORTED("ATH-7002", "Id type the generator cannot produce",
            "Use long, int, short (or their wrappers), BigInteger or BigDecimal for SEQUENCE and TABLE ids,"
                    + " UUID or String for UUID ids."),
    ID_OUT_OF_RANGE("ATH-7003", "Generated id does not fit the id's type",
            "Use a wider id type (long), or restart the sequence or table at a smaller value."),
    ID_GENERATOR_CONFLICT("ATH-7004", "Entities share an id generator but disagree on its allocation size",
            "Give every @SequenceGenerator or @TableGenerator of that sequence or key the same allocationSize."),
    NOT_AN_ENTITY("ATH-8001", "Not an entity of this persistence unit",
            "Pass an instance of a class listed in the unit (annotated @Entity), or add the class to the unit."),
    INVALID_ID("ATH-8002", "Invalid id",
            "Pass a non-null id of the entity's id type (a Long for a long id)."),
    ENTITY_EXISTS("ATH-8003", "An entity with this id already exists",
            "Use merge() to copy state onto the existing entity, or give the new entity another id."),
    ENTITY_NOT_FOUND("ATH-8004", "No row for this entity",
            "The row was deleted (or never existed); use find(), which returns null, to test for it."),
    DETACHED_ENTITY("ATH-8005", "The entity is detached",
            "Use merge() to bring a detached entity's state into this persistence context."),
    REMOVED_ENTITY("ATH-8006", "The entity was removed",
            "Persist it again to undo the removal, or stop using it."),
    NOT_MANAGED("ATH-8007", "The entity is not managed by this persistence context",
            "Load it with find() in this EntityManager, or merge() it first."),
    CONTEXT_CLOSED("ATH-8008", "The EntityManager is closed",
            "Create a new EntityManager from the factory; one EntityManager serves one unit of work."),
    TRANSACTION_REQUIRED("ATH-8009", "A transaction is required",
            "Call getTransaction().begin() first, or use runInTransaction(...)."),
    OPTIMISTIC_LOCK("ATH-8010", "The row was changed or deleted by another transaction",
            "Reload the entity (find() in a new EntityManager, or refresh()), apply the change again and retry."),
    ROLLED_BACK("ATH-8011", "The transaction was rolled back",
            "Nothing of it was written. See the cause for why, fix it and run the unit of work again."),
    TRANSACTION_STATE("ATH-8012", "The transaction is not in a state that allows this",
            "Check isActive() before begin(), commit() and rollback()."),
    ID_CHANGED("ATH-8013", "The id of a managed entity was changed",
            "An id is fixed once persisted; remove the entity and persist a new one with the other id."),
    TRANSIENT_REFERENCE("ATH-8014", "A managed entity refers to an entity that was never persisted",
            "Persist the referenced entity first, or add cascade = CascadeType.PERSIST to the association."),
    UNSUPPORTED_OPERATION("ATH-8015", "Not supported by this database or in this state",
            "See the message for what to do instead."),
    LAZY_AFTER_CLOSE("ATH-8016", "An unloaded attribute was read after its EntityManager was closed",
            "Load it while the EntityManager is open: a JOIN FETCH or an entity graph in the query that loads the"
                    + " entity, or read the attribute before closing; or set athanor.lazy.after_close=load."),
    LAZY_RAISED("ATH-8017", "A lazy load happened while athanor.lazy=raise forbids it",
            "Fetch the attribute with the query (JOIN FETCH or an entity graph), or drop athanor.lazy=raise."),
    NOT_ENHANCED("ATH-8018", "Managed classes were not enhanced by the agent",
            "Start the JVM with -javaagent:orm-agent.jar, or name the agent in your jar's manifest as"
                    + " Launcher-Agent-Class, or enhance the classes at build time."),
    QUERY_SYNTAX("ATH-9001", "Malformed query",
            "Fix the query at the line and column given; the caret marks where reading stopped."),
    QUERY_UNKNOWN_ENTITY("ATH-9002", "The query names an entity that is not managed",
            "Use an entity name (its @Entity name, by default the simple class name) of this persistence unit."),
    QUERY_UNKNOWN_ATTRIBUTE("ATH-9003", "The query names an attribute the entity does not have",
            "Use one of the attributes listed, spelt as in the entity class (names are case-sensitive)."),
    QUERY_TYPE("ATH-9004", "Operands of incompatible types in the query",
            "Compare and combine values of compatible types; the message names both types."),
    QUERY_PARAMETER("ATH-9005", "Query parameter missing, unknown or of the wrong type",
            "Bind every parameter the query names, once, with a value of the type it is compared with."),
    QUERY_RESULT_TYPE("ATH-9006", "The query's result does not fit the requested result type",
            "Pass the class the query selects (Object[] or Tuple for several items), or change the select list."),
    QUERY_UNSUPPORTED("ATH-9007", "A query construct this mapping or database does not support",
            "See the message for what to write instead."),
    NAMED_QUERY("ATH-9008", "Invalid or unknown named query",
            "Fix the @NamedQuery at the position given, or use one of the names listed."),
    QUERY_STATE("ATH-9009", "The query cannot do this in its current state",
            "See the message: e.g. executeUpdate() runs UPDATE and DELETE, getResultList() runs SELECT."),
    RESULT_MAPPING("ATH-9010", "Invalid SQL result set mapping",
            "Fix the @SqlResultSetMapping named above: every column it names must be in the query's result.");

    private final String code;
    private final String title;
    private final String hint;

    ErrorCode(String code, String title, String hint) {
        this.code = code;
        this.title = title;
        this.hint = hint;
    }

    /** The stable code, e.g. {@code ATH-2001}. */
    public String code() {
        return code;
    }

    /** What happened, in a few words. */
    public String title() {
        return title;
    }

    /** What to do about it, in general; a message may give a more precise hint. */
    public String hint() {
        return hint;
    }

    @Override
    public String toString() {
        return code;
    }
}
