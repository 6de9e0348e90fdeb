package dev.athanor.agent;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classes a class loader's persistence units name without annotations needing to say so: the
 * {@code <class>} entries of every {@code META-INF/persistence.xml}, and the {@code <entity>},
 * {@code <embeddable>} and {@code <mapped-superclass>} of {@code META-INF/orm.xml} and of the mapping files
 * the units list.
 *
 * <p>The files are scanned as text, not parsed with the JDK's XML parser: this runs while the JVM loads an
 * application class, and a parser found through the application's class path could need the very classes
 * being loaded. Comments are skipped; names are taken as written, with an orm.xml {@code <package>} prefixed
 * to unqualified ones.
 */
final class DeclaredManagedClasses {

    static final String PERSISTENCE_XML = "META-INF/persistence.xml";
    static final String ORM_XML = "META-INF/orm.xml";

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern CLASS_ELEMENT = Pattern.compile("<(?:[\\w.-]+:)?class\\s*>\\s*([^<\\s]+)\\s*<");
    private static final Pattern MAPPING_FILE = Pattern.compile(
            "<(?:[\\w.-]+:)?mapping-file\\s*>\\s*([^<\\s]+)\\s*<");
    private static final Pattern MAPPED_ELEMENT = Pattern.compile(
            "<(?:[\\w.-]+:)?(?:entity|embeddable|mapped-superclass)\\s[^>]*?\\bclass\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final Pattern PACKAGE = Pattern.compile("<(?:[\\w.-]+:)?package\\s*>\\s*([^<\\s]+)\\s*<");

    private DeclaredManagedClasses() {
    }

    /**
     * Reads the names; a file that cannot be read is reported to {@code problems} and skipped.
     *
     * @return internal names, such as {@code com/acme/Order}
     */
    static Set<String> of(ClassLoader loader, Consumer<String> problems) {
        Set<String> names = new TreeSet<>();
        Set<String> mappingFiles = new LinkedHashSet<>(List.of(ORM_XML));
        for (String text : readAll(loader, PERSISTENCE_XML, problems)) {
            names.addAll(matches(CLASS_ELEMENT, text));
            mappingFiles.addAll(matches(MAPPING_FILE, text));
        }
        for (String mappingFile : mappingFiles) {
            for (String text : readAll(loader, mappingFile, problems)) {
                List<String> packages = matches(PACKAGE, text);
                String prefix = packages.isEmpty() ? "" : packages.get(0) + ".";
                for (String name : matches(MAPPED_ELEMENT, text)) {
                    names.add(name.indexOf('.') < 0 ? prefix + name : name);
                }
            }
        }
        Set<String> internal = new TreeSet<>();
        names.forEach(name -> internal.add(name.replace('.', '/')));
        return Collections.unmodifiableSet(internal);
    }

    private static List<String> readAll(ClassLoader loader, String resource,
                                        Consumer<String> problems) {
        List<String> texts = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(resource))) {
                try (InputStream in = url.openStream()) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    texts.add(COMMENT.matcher(text).replaceAll(""));
                } catch (IOException e) {
                    problems.accept("cannot read " + url + ": " + e + "; the classes it names are enhanced only"
                            + " if annotated");
                }
            }
        } catch (IOException e) {
            problems.accept("cannot list " + resource + " of " + loader + ": " + e);
        }
        return texts;
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1).strip());
        }
        return found;
    }
}
