package dev.athanor.core.sql.ast;

import java.util.List;

/**
 * {@code CREATE TABLE} with its columns, primary key (one or more columns, or none), unique
 * constraints, foreign keys and checks, all inside the statement (SQLite cannot add constraints
 * later; see {@link AddForeignKey} for databases that can). {@code comment} is text, quoted by the
 * renderer and left out where the database keeps no table comments; {@code options} is SQL written
 * after the table's closing parenthesis as given (JPA's {@code @Table(options)}). Both may be null.
 */
public record CreateTable(String table, List<ColumnDef> columns, List<String> primaryKey,
                          List<UniqueConstraint> uniques, List<ForeignKey> foreignKeys, List<CheckConstraint> checks,
                          String comment, String options)
        implements Statement {

    public CreateTable(String table, List<ColumnDef> columns, List<String> primaryKey, List<UniqueConstraint> uniques,
            List<ForeignKey> foreignKeys, List<CheckConstraint> checks) {
        this(table, columns, primaryKey, uniques, foreignKeys, checks, null, null);
    }

    public CreateTable {
        comment = comment == null || comment.isEmpty() ? null : comment;
        options = options == null || options.isBlank() ? null : options;
        Requires.name(table, "a CREATE TABLE");
        columns = Requires.nonEmpty(columns, "the columns of table " + table);
        List<String> names = columns.stream().map(ColumnDef::name).toList();
        Requires.distinctNames(names, "the columns of table " + table);
        primaryKey = Requires.list(primaryKey, "the primary key of table " + table);
        Requires.distinctNames(primaryKey, "the primary key of table " + table);
        uniques = Requires.list(uniques, "the unique constraints of table " + table);
        foreignKeys = Requires.list(foreignKeys, "the foreign keys of table " + table);
        checks = Requires.list(checks, "the checks of table " + table);
        known(names, primaryKey, "primary key");
        uniques.forEach(u -> known(names, u.columns(), "unique constraint " + u.name()));
        foreignKeys.forEach(fk -> known(names, fk.columns(), "foreign key " + fk.name()));
        List<String> identities = columns.stream().filter(ColumnDef::identity).map(ColumnDef::name).toList();
        if (!identities.isEmpty() && !primaryKey.equals(identities)) {
            throw new IllegalArgumentException("identity column(s) " + identities + " of table " + table
                    + " must be the whole primary key, which is " + primaryKey);
        }
    }

    private static void known(List<String> names, List<String> used, String what) {
        for (String column : used) {
            if (!names.contains(column)) {
                throw new IllegalArgumentException(what + " names column '" + column + "', which is not among "
                        + names);
            }
        }
    }

    public static CreateTable of(String table, List<ColumnDef> columns, List<String> primaryKey) {
        return new CreateTable(table, columns, primaryKey, List.of(), List.of(), List.of());
    }

    public CreateTable withUnique(UniqueConstraint... constraints) {
        return new CreateTable(table, columns, primaryKey, List.of(constraints), foreignKeys, checks, comment, options);
    }

    public CreateTable withForeignKeys(ForeignKey... keys) {
        return new CreateTable(table, columns, primaryKey, uniques, List.of(keys), checks, comment, options);
    }

    public CreateTable withChecks(CheckConstraint... constraints) {
        return new CreateTable(table, columns, primaryKey, uniques, foreignKeys, List.of(constraints), comment,
                options);
    }

    /** This table with a comment and SQL options after its closing parenthesis (either may be null). */
    public CreateTable withCommentAndOptions(String newComment, String newOptions) {
        return new CreateTable(table, columns, primaryKey, uniques, foreignKeys, checks, newComment, newOptions);
    }

    @Override
    public <R, C> R accept(Visitor<R, C> visitor, C context) {
        return visitor.visit(this, context);
    }
}
