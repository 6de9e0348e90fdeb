package dev.athanor.core.schema;

import dev.athanor.core.sql.ast.CreateTable;
import dev.athanor.core.sql.ast.Statement;
import java.util.List;
import java.util.Objects;

/**
 * What an id generator needs in the database: a sequence, a table emulating one, or a generator
 * table with its rows, as the statements that create and drop it.
 *
 * @param name the sequence's or table's name
 * @param users the entities whose ids it generates, for messages
 * @param create the statements that create it (and write its first rows)
 * @param drop the statement that drops it where it exists
 * @param table the table it is, or null for a real sequence
 */
public record IdGeneratorObject(String name, List<String> users, List<Statement> create, List<Statement> drop,
        CreateTable table) {

    public IdGeneratorObject {
        Objects.requireNonNull(name, "name");
        users = List.copyOf(users);
        create = List.copyOf(create);
        drop = List.copyOf(drop);
    }

    /** Whether it is a table (emulated sequence or generator table) rather than a sequence. */
    public boolean isTable() {
        return table != null;
    }
}
