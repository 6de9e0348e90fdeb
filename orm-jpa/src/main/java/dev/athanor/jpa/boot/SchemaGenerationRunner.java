package dev.athanor.jpa.boot;

import dev.athanor.core.engine.Engine;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.schema.SchemaAction;
import dev.athanor.core.schema.SchemaManager;
import dev.athanor.core.schema.SchemaScripts;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs what {@link SchemaGeneration} asks for, once, when a factory is built or
 * {@code Persistence.generateSchema} is called: writes the scripts, applies the database action
 * through the core's {@link SchemaManager}, then runs the load script if the action created the
 * tables. With nothing asked it does nothing, so the engine stays unconnected.
 */
public final class SchemaGenerationRunner {

    private SchemaGenerationRunner() {
    }

    /**
     * Does what {@code generation} asks on {@code engine}.
     *
     * @param loader where a load script named as a resource is looked up
     */
    public static void run(SchemaGeneration generation, Engine engine, Metadata metadata, ClassLoader loader) {
        if (!generation.connects()) {
            return;
        }
        SchemaManager manager = new SchemaManager(engine, metadata);
        SchemaAction scripts = generation.scriptsAction();
        if (scripts.drops()) {
            write(SchemaScripts.drop(manager.generator()), generation.dropTarget(), SchemaGeneration.DROP_TARGET);
        }
        if (scripts.creates()) {
            write(SchemaScripts.create(manager.generator()), generation.createTarget(), SchemaGeneration.CREATE_TARGET);
        }
        SchemaAction action = generation.databaseAction();
        switch (action) {
            case CREATE -> manager.create(generation.createSchemas());
            case DROP_AND_CREATE -> {
                manager.drop();
                manager.create(generation.createSchemas());
            }
            default -> manager.apply(action);
        }
        if (action.creates() && generation.loadScript() != null) {
            List<String> statements = statements(read(generation.loadScript(), loader));
            engine.inTransaction(connection -> statements.forEach(connection::execute));
        }
    }

    /**
     * The statements of a SQL script: separated by a {@code ;} that ends a line, so that a
     * {@code ;} inside a string literal in mid-line stays where it is; {@code --} comment lines dropped.
     */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                add(statements, current);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        add(statements, current);
        return statements;
    }

    private static void add(List<String> statements, StringBuilder current) {
        String statement = current.toString().strip();
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
        current.setLength(0);
    }

    private static void write(List<String> lines, Object target, String property) {
        try {
            if (target instanceof Writer writer) {
                SchemaScripts.write(lines, writer);
                writer.flush(); // the application owns the writer and closes it
                return;
            }
            Path file = path(String.valueOf(target).trim());
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            StringBuilder text = new StringBuilder();
            SchemaScripts.write(lines, text);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new PersistenceUnitException(ErrorMessage.of(ErrorCode.SCHEMA_SCRIPT,
                    "cannot write " + property + " '" + target + "': " + e.getMessage())
                    .hint("Set " + property + " to a writable file path or file: URL, or to a java.io.Writer."), e);
        }
    }

    private static Path path(String target) {
        return target.startsWith("file:") ? Path.of(URI.create(target)) : Path.of(target);
    }

    /** A load script: a Reader, a class path resource, a file path or a URL, tried in that order. */
    private static String read(Object source, ClassLoader loader) {
        try {
            if (source instanceof Reader reader) {
                java.io.StringWriter text = new java.io.StringWriter();
                reader.transferTo(text);
                return text.toString();
            }
            String name = String.valueOf(source).trim();
            URL resource = loader == null ? null : loader.getResource(name.startsWith("/") ? name.substring(1) : name);
            if (resource == null && Files.isRegularFile(Path.of(name.startsWith("file:") ? URI.create(name).getPath()
                    : name))) {
                resource = path(name).toUri().toURL();
            }
            if (resource == null && name.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*")) {
                resource = URI.create(name).toURL();
            }
            if (resource == null) {
                throw new IOException("no class path resource or file of that name");
            }
            try (InputStream in = resource.openStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new PersistenceUnitException(ErrorMessage.of(ErrorCode.SCHEMA_SCRIPT,
                    "cannot read " + SchemaGeneration.LOAD_SCRIPT + " '" + source + "': " + e.getMessage())
                    .hint("Set " + SchemaGeneration.LOAD_SCRIPT + " to a class path resource (e.g. META-INF/data.sql),"
                            + " a file path or a URL, or to a java.io.Reader."), e);
        }
    }
}
