package dev.athanor.core.schema;

import dev.athanor.core.sql.ast.Statement;
import dev.athanor.core.sql.render.RenderedSql;
import dev.athanor.core.sql.render.SqlRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The DDL of a {@link SchemaGenerator} as SQL text, one statement a line, each ending with
 * {@code ;}, as {@code jakarta.persistence.schema-generation.scripts.create-target} and
 * {@code drop-target} receive it. Schema statements take no parameters: every value in them is
 * a literal, so the text runs as it is.
 */
public final class SchemaScripts {

    private SchemaScripts() {
    }

    /** The script of {@code action}: drop, create, drop then create, or nothing for none and validate. */
    public static List<String> of(SchemaGenerator generator, SchemaAction action) {
        List<String> lines = new ArrayList<>();
        if (action.drops()) {
            lines.addAll(drop(generator));
        }
        if (action.creates()) {
            lines.addAll(create(generator));
        }
        return lines;
    }

    public static List<String> create(SchemaGenerator generator) {
        return render(generator, generator.createStatements());
    }

    public static List<String> drop(SchemaGenerator generator) {
        return render(generator, generator.dropStatements());
    }

    /** Writes the lines, each followed by a line break. */
    public static void write(List<String> lines, Appendable target) {
        try {
            for (String line : lines) {
                target.append(line).append(System.lineSeparator());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the schema script: " + e.getMessage(), e);
        }
    }

    private static List<String> render(SchemaGenerator generator, List<Statement> statements) {
        SqlRenderer renderer = generator.dialect().renderer();
        List<String> lines = new ArrayList<>(statements.size());
        for (Statement statement : statements) {
            RenderedSql sql = renderer.render(statement);
            if (!sql.binds().isEmpty()) {
                throw new IllegalStateException("schema statement with parameters cannot go into a script: " + sql);
            }
            lines.add(sql.sql() + ";");
        }
        return lines;
    }
}
