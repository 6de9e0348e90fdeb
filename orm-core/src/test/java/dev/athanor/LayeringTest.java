package dev.athanor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the package rules of DESIGN.md: reads the main Java sources of orm-core, orm-jpa and orm-agent and
 * checks every {@code import} (static ones too) and every fully-qualified {@code dev.athanor.},
 * {@code jakarta.persistence.} or {@code java.sql.} name in code against {@link #RULES}. Comments and string
 * literals are skipped: the agent names the runtime in strings, and that is the point.
 */
class LayeringTest {

    private static final String CORE = "orm-core";
    private static final String JPA = "orm-jpa";
    private static final String AGENT = "orm-agent";

    /**
     * Who may use whom. Names are below {@code dev.athanor} ({@code "."} is {@code dev.athanor} itself);
     * {@code x.**} means x and its subpackages. A package may always use itself. {@code core.error} and
     * {@code core.config} are listed wherever they are allowed, which is everywhere but in the runtime, the
     * agent and the error package.
     */
    static final List<Rule> RULES = List.of(
            //   module, package, then the packages it may use besides itself
            jdkOnly(CORE, "runtime"),
            rule(CORE, "core.error"),
            rule(CORE, "core.config", "core.error"),
            rule(CORE, "core.sql.ast", "core.error", "core.config"),
            rule(CORE, "core.sql.render", "core.error", "core.config", "core.sql.ast"),
            rule(CORE, "core.engine.**", "core.error", "core.config", "core.engine.**"),
            rule(CORE, "core.dialect.**", "core.error", "core.config", "core.sql.render", "core.sql.ast",
                    "core.engine.**", "core.dialect.**"),
            rule(CORE, "core.meta", "core.error", "core.config"),
            rule(CORE, "core.meta.build", "core.error", "core.config", "core.meta", "runtime"),
            rule(CORE, "core.schema", "core.error", "core.config", "core.meta", "core.sql.ast", "core.sql.render",
                    "core.dialect", "core.engine"),
            rule(CORE, "core.query.**", "core.error", "core.config", "core.meta", "core.sql.ast", "core.sql.render",
                    "core.dialect", "core.query.**"),
            rule(CORE, "core.session", "core.error", "core.config", "core.meta", "core.query", "core.sql.ast",
                    "core.sql.render", "core.dialect", "core.engine", "core.schema", "core.session.id", "runtime",
                    "core.query.**"),
            rule(CORE, "core.session.id", "core.error", "core.config", "core.meta", "core.sql.ast",
                    "core.sql.render", "core.dialect", "core.engine", "core.schema"),
            rule(CORE, ".", "core.error", "core.config", "core.engine.**", "core.dialect.**"),
            rule(JPA, "jpa", "core.**", "runtime", "jpa.boot", "jpa.metamodel", "jpa.criteria"),
            rule(JPA, "jpa.criteria", "core.error", "core.meta", "core.query.**", "jpa.metamodel"),
            rule(JPA, "jpa.metamodel", "core.error", "core.meta"),
            rule(JPA, "jpa.boot", "core.**", "runtime", "jpa"),
            rule(AGENT, "agent.**", "agent.**"));

    /** The specification's operation enums, which the session takes as they are rather than mirror them. */
    static final Set<String> OPERATION_MODES = Set.of("jakarta.persistence.LockModeType",
            "jakarta.persistence.FlushModeType");

    /** Rules about names outside dev.athanor, checked after the table. */
    static final List<Ban> BANS = List.of(
            new Ban("in orm-core only core.meta.build reads jakarta.persistence mapping types; elsewhere only"
                    + " its exceptions, and in core.session the operation modes (LockModeType, FlushModeType)",
                    (file, name) -> file.module().equals(CORE)
                    && !file.pkg().equals("dev.athanor.core.meta.build")
                    && name.startsWith("jakarta.persistence.") && !typeName(name).endsWith("Exception")
                    && !(file.pkg().equals("dev.athanor.core.session") && OPERATION_MODES.contains(name))),
            new Ban("orm-core does not know jakarta.persistence.EntityManager; only orm-jpa implements it",
                    (file, name) -> file.module().equals(CORE) && (name.equals("jakarta.persistence.EntityManager")
                            || name.startsWith("jakarta.persistence.EntityManager."))),
            new Ban("core.meta never uses java.sql", (file, name) -> file.pkg().equals("dev.athanor.core.meta")
                    && (name.equals("java.sql") || name.startsWith("java.sql."))));

    private static final Pattern PACKAGE = Pattern.compile("\\bpackage\\s+([\\w.$]+)\\s*;");
    private static final Pattern IMPORT = Pattern.compile("\\bimport\\s+(static\\s+)?([\\w.$]+(?:\\.\\*)?)\\s*;");
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w.$])(?:dev\\.athanor|jakarta\\.persistence|java\\.sql)(?:\\.[\\w$]+)+");

    @Test
    void everyPackageUsesOnlyWhatTheTableAllows() {
        Path root = projectRoot();
        List<Violation> violations = new ArrayList<>();
        int coreFiles = 0;
        for (String module : List.of(CORE, JPA, AGENT)) {
            List<SourceFile> files = read(root, module);
            if (module.equals(CORE)) {
                coreFiles = files.size();
            }
            files.forEach(file -> violations.addAll(check(file)));
        }

        assertThat(coreFiles).as("Java files read under %s", root.resolve(CORE).resolve("src/main/java"))
                .isPositive();
        assertThat(violations)
                .withFailMessage(() -> violations.size() + " layering violation(s); fix the code, or change the"
                        + " table in LayeringTest and DESIGN.md together:\n" + violations.stream()
                        .map(Violation::toString).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    @Test
    void theCheckerCatchesImportsStaticImportsAndQualifiedNamesButNotCommentsOrStrings() {
        List<Violation> violations = check(new SourceFile(CORE, "Leaky.java", String.join("\n",
                "package dev.athanor.core.engine;",
                "",
                "import java.util.List;",
                "import dev.athanor.core.meta.EntityModel;",
                "import static dev.athanor.core.session.Session.current;",
                "import dev.athanor.core.engine.echo.EchoListener;",
                "/** Mentions {@link dev.athanor.core.query.Plan}. */",
                "final class Leaky { // dev.athanor.core.schema.Ddl",
                "    String logger = \"dev.athanor.core.schema.Ddl\"; char quote = '\"';",
                "    dev.athanor.core.dialect.Dialect dialect;",
                "    String block = \"\"\"",
                "        dev.athanor.core.meta.Hidden \"\"\";",
                "}")));

        assertThat(violations).extracting(Violation::line).containsExactly(4, 5, 10);
        assertThat(violations.get(0).toString()).isEqualTo("Leaky.java:4: import dev.athanor.core.meta.EntityModel"
                + " -- dev.athanor.core.engine.** may use only core.error, core.config, core.engine.**");
        assertThat(violations.get(1).reference()).isEqualTo("import static dev.athanor.core.session.Session.current");
        assertThat(violations.get(2).reference()).isEqualTo("reference dev.athanor.core.dialect.Dialect");
    }

    @Test
    void aPackageMissingFromTheTableFails() {
        assertThat(check(new SourceFile(CORE, "Cache.java", "package dev.athanor.core.cache;\nclass Cache {}")))
                .singleElement().asString()
                .isEqualTo("Cache.java:1: package dev.athanor.core.cache -- this package is not in LayeringTest's"
                        + " table: add a row saying which packages it may use");
    }

    @Test
    void aPackageInTheWrongModuleFails() {
        assertThat(check(new SourceFile(CORE, "Provider.java", "package dev.athanor.jpa;\nclass Provider {}")))
                .singleElement().asString().contains("belongs in orm-jpa, not orm-core");
    }

    @Test
    void theRuntimeUsesOnlyTheJdk() {
        assertThat(check(new SourceFile(CORE, "ManagedEntity.java", String.join("\n",
                "package dev.athanor.runtime;",
                "import java.util.BitSet;",
                "import static java.util.Objects.requireNonNull;",
                "import org.slf4j.Logger;",
                "import dev.athanor.core.error.ErrorCode;",
                "interface ManagedEntity { jakarta.persistence.Entity entity(); }"))))
                .extracting(Violation::line).containsExactly(4, 5, 6, 6);
    }

    @Test
    void onlyMetaBuildReadsMappingAnnotationsAndNoCoreCodeKnowsTheEntityManager() {
        String imports = "import jakarta.persistence.Entity;\nimport jakarta.persistence.OptimisticLockException;\n"
                + "import jakarta.persistence.EntityManager;\nclass X {}";

        assertThat(check(new SourceFile(CORE, "A.java", "package dev.athanor.core.session;\n" + imports)))
                .extracting(Violation::line).containsExactly(2, 4, 4);
        assertThat(check(new SourceFile(CORE, "B.java", "package dev.athanor.core.meta.build;\n" + imports)))
                .singleElement().asString().contains(":4: import jakarta.persistence.EntityManager", "only orm-jpa");
        assertThat(check(new SourceFile(JPA, "C.java", "package dev.athanor.jpa;\n" + imports))).isEmpty();
    }

    @Test
    void theMetadataNeverUsesJdbc() {
        assertThat(check(new SourceFile(CORE, "M.java",
                "package dev.athanor.core.meta;\nimport java.sql.Types;\nclass M { java.sql.JDBCType t; }")))
                .extracting(Violation::line).containsExactly(2, 3);
    }

    @Test
    void theAgentNamesTheRuntimeOnlyInStrings() {
        assertThat(check(new SourceFile(AGENT, "E.java", String.join("\n",
                "package dev.athanor.agent.enhance;",
                "import dev.athanor.agent.AgentOptions;",
                "import dev.athanor.runtime.ManagedEntity;",
                "import dev.athanor.core.error.ErrorCode;",
                "class E { String runtime = \"dev/athanor/runtime/ManagedEntity\"; }"))))
                .extracting(Violation::line).containsExactly(3, 4);
    }

    /** Checks one source file against the table and the bans. */
    static List<Violation> check(SourceFile file) {
        String code = blankCommentsAndLiterals(file.text());
        Matcher pkg = PACKAGE.matcher(code);
        if (!pkg.find()) {
            return List.of(new Violation(file.path(), 1, "(no package line)", "every source file needs a package"));
        }
        SourceFile located = file.inPackage(pkg.group(1));
        int packageLine = lineOf(code, pkg.start());
        Optional<Rule> rule = RULES.stream().filter(r -> r.covers(located.pkg()))
                .max(Comparator.comparingInt(r -> r.base().length()));
        if (rule.isEmpty()) {
            return List.of(new Violation(file.path(), packageLine, "package " + located.pkg(),
                    "this package is not in LayeringTest's table: add a row saying which packages it may use"));
        }
        List<Violation> violations = new ArrayList<>();
        if (!rule.get().module().equals(file.module())) {
            violations.add(new Violation(file.path(), packageLine, "package " + located.pkg(),
                    "this package belongs in " + rule.get().module() + ", not " + file.module()));
        }
        StringBuilder rest = new StringBuilder(code);
        blank(rest, pkg.start(), pkg.end());
        Matcher imports = IMPORT.matcher(code);
        while (imports.find()) {
            String reference = "import " + (imports.group(1) == null ? "" : "static ") + imports.group(2);
            check(located, rule.get(), imports.group(2), lineOf(code, imports.start()), reference, violations);
            blank(rest, imports.start(), imports.end());
        }
        Matcher names = QUALIFIED.matcher(rest);
        while (names.find()) {
            check(located, rule.get(), names.group(), lineOf(code, names.start()), "reference " + names.group(),
                    violations);
        }
        return violations;
    }

    private static void check(SourceFile file, Rule rule, String name, int line, String reference,
            List<Violation> violations) {
        if (rule.jdkOnly() && !name.startsWith("java.") && !packageOf(name).equals(file.pkg())) {
            violations.add(new Violation(file.path(), line, reference, rule.base() + " uses nothing but java.*"));
        } else if (name.startsWith("dev.athanor.") && !rule.mayUse(file.pkg(), packageOf(name))) {
            violations.add(new Violation(file.path(), line, reference, rule.describe()));
        }
        BANS.stream().filter(ban -> ban.applies().test(file, name))
                .forEach(ban -> violations.add(new Violation(file.path(), line, reference, ban.rule())));
    }

    /** The package part of a qualified name: the segments before the first capitalised one. */
    static String packageOf(String name) {
        List<String> segments = new ArrayList<>();
        for (String segment : name.split("\\.")) {
            if (segment.isEmpty() || segment.equals("*") || Character.isUpperCase(segment.charAt(0))) {
                break;
            }
            segments.add(segment);
        }
        return String.join(".", segments);
    }

    /** The simple name of the type a qualified name refers to, or of its member's type. */
    static String typeName(String name) {
        return Arrays.stream(name.split("\\.")).filter(s -> !s.isEmpty() && Character.isUpperCase(s.charAt(0))).findFirst()
                .orElse("");
    }

    /** Replaces comments, string, character and text-block literals by blanks, keeping line breaks. */
    static String blankCommentsAndLiterals(String source) {
        StringBuilder code = new StringBuilder(source);
        int i = 0;
        int n = source.length();
        while (i < n) {
            int end;
            if (source.startsWith("//", i)) {
                end = source.indexOf('\n', i);
                end = end < 0 ? n : end;
            } else if (source.startsWith("/*", i)) {
                end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                end = i + 3;
                while (end < n && !source.startsWith("\"\"\"", end)) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(n, end + 3);
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i);
                end = i + 1;
                while (end < n && source.charAt(end) != quote && source.charAt(end) != '\n') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(n, end + 1);
            } else {
                i++;
                continue;
            }
            blank(code, i, end);
            i = end;
        }
        return code.toString();
    }

    private static void blank(StringBuilder text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) != '\n') {
                text.setCharAt(i, ' ');
            }
        }
    }

    private static int lineOf(CharSequence text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The folder holding orm-core, found from the working directory (the module's, under Maven). */
    private static Path projectRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(CORE).resolve("src/main/java"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no orm-core/src/main/java above " + Path.of("").toAbsolutePath());
    }

    private static List<SourceFile> read(Path root, String module) {
        Path sources = root.resolve(module).resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(sources)) {
            return paths.filter(p -> p.toString().endsWith(".java")).sorted()
                    .map(p -> new SourceFile(module, root.relativize(p).toString(), readString(p)))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readString(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Rule rule(String module, String pkg, String... mayUse) {
        return new Rule(module, pkg, List.of(mayUse), false);
    }

    private static Rule jdkOnly(String module, String pkg) {
        return new Rule(module, pkg, List.of(), true);
    }

    /** One row of the table; names are below dev.athanor, and {@code x.**} covers x's subpackages. */
    record Rule(String module, String pkg, List<String> uses, boolean jdkOnly) {

        String base() {
            return full(pkg.replace(".**", ""));
        }

        boolean covers(String javaPackage) {
            return matches(pkg, javaPackage);
        }

        boolean mayUse(String from, String target) {
            return target.equals(from) || uses.stream().anyMatch(use -> matches(use, target));
        }

        String describe() {
            return full(pkg) + (uses.isEmpty() ? " uses no other dev.athanor package"
                    : " may use only " + String.join(", ", uses));
        }

        private static boolean matches(String pattern, String javaPackage) {
            if (pattern.endsWith(".**")) {
                String base = full(pattern.substring(0, pattern.length() - 3));
                return javaPackage.equals(base) || javaPackage.startsWith(base + ".");
            }
            return javaPackage.equals(full(pattern));
        }

        private static String full(String name) {
            return name.equals(".") ? "dev.athanor" : "dev.athanor." + name;
        }
    }

    /** A rule about names outside the table, such as the jakarta.persistence mapping annotations. */
    record Ban(String rule, BiPredicate<SourceFile, String> applies) {
    }

    /** A main source file of one module; {@code pkg} is known once its package line is read. */
    record SourceFile(String module, String path, String text, String pkg) {

        SourceFile(String module, String path, String text) {
            this(module, path, text, "");
        }

        SourceFile inPackage(String javaPackage) {
            return new SourceFile(module, path, text, javaPackage);
        }
    }

    /** One broken rule, at a line of a file. */
    record Violation(String file, int line, String reference, String rule) {

        @Override
        public String toString() {
            return file + ":" + line + ": " + reference + " -- " + rule;
        }
    }
}
