package dev.athanor.jpa.boot;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.meta.build.MappingOverrides;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the part of an {@code orm.xml} that Athanor applies so far into {@link MappingOverrides}:
 * entity names ({@code <entity class name>}, {@code <package>} respected), column names of
 * basic attributes and of embedded attributes ({@code address.street}), and named queries and
 * result set mappings (through {@link OrmXmlQueries}). The file is checked
 * against the orm XSD of its version first (the XSDs ship in the Jakarta Persistence API jar);
 * every other element is named once, at INFO, as not yet applied, so that nobody believes it is.
 */
final class OrmXmlReader extends DefaultHandler {

    private static final Logger LOG = LoggerFactory.getLogger("dev.athanor.jpa.boot");
    private static final String JAKARTA_NS = "https://jakarta.ee/xml/ns/persistence/orm";
    private static final String JCP_NS = "http://xmlns.jcp.org/xml/ns/persistence/orm";
    private static final Set<String> APPLIED = applied();

    private final URL url;
    private final MappingOverrides.Builder overrides;
    private final ClassLoader loader;
    private final OrmXmlQueries queries;
    private final Deque<String> open = new ArrayDeque<>();
    private final Set<String> notApplied = new TreeSet<>();
    private final StringBuilder text = new StringBuilder();
    private Locator locator;
    private String namespace;
    private String version;
    private String packageName;
    private String entityClass;
    private String attribute;
    private String embedded;

    private OrmXmlReader(URL url, MappingOverrides.Builder overrides, ClassLoader loader) {
        this.url = url;
        this.overrides = overrides;
        this.loader = loader;
        this.queries = new OrmXmlQueries(overrides, this::resolveClass);
    }

    private static Set<String> applied() {
        Set<String> applied = new HashSet<>(Set.of("entity-mappings", "description", "package", "entity",
                "attributes", "basic", "embedded", "attribute-override", "column"));
        applied.addAll(OrmXmlQueries.ELEMENTS);
        return Set.copyOf(applied);
    }

    /** {@link #read(URL, MappingOverrides.Builder, ClassLoader)} with the thread's context class loader. */
    static void read(URL url, MappingOverrides.Builder overrides) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        read(url, overrides, context != null ? context : OrmXmlReader.class.getClassLoader());
    }

    /**
     * Adds what the file says to {@code overrides}, loading the classes its queries name with
     * {@code loader}; a PersistenceUnitException with file:line:column if it is invalid.
     */
    static void read(URL url, MappingOverrides.Builder overrides, ClassLoader loader) {
        OrmXmlReader reader = new OrmXmlReader(url, overrides, loader);
        try (InputStream in = url.openStream()) {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newSAXParser().parse(in, reader, url.toExternalForm());
        } catch (SAXParseException e) {
            throw invalid(url, e.getLineNumber(), e.getColumnNumber(), e.getMessage(), e);
        } catch (SAXException | ParserConfigurationException | IOException e) {
            throw invalid(url, 0, 0, e.toString(), e);
        }
        reader.validate();
        if (!reader.notApplied.isEmpty()) {
            LOG.info("{}: {} not applied yet (Athanor reads entity names, column names, named queries and result"
                    + " set mappings from orm.xml so far);"
                    + " the annotations decide the rest", url, reader.notApplied);
        }
    }

    /** Validates after reading: which XSD applies is known only from the root element. */
    private void validate() {
        String xsd = JAKARTA_NS.equals(namespace) ? "orm_" + version.replace('.', '_') + ".xsd"
                : JCP_NS.equals(namespace) ? "orm_2_2.xsd" : null;
        URL schema = xsd == null ? null : jakarta.persistence.Persistence.class.getResource(xsd);
        if (schema == null) {
            return; // an old or unknown version: read as it is, like persistence.xml
        }
        try (InputStream in = url.openStream()) {
            SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(schema).newValidator()
                    .validate(new StreamSource(in, url.toExternalForm()));
        } catch (SAXParseException e) {
            throw invalid(url, e.getLineNumber(), e.getColumnNumber(),
                    e.getMessage() == null ? "" : e.getMessage().replaceFirst("^cvc-[\\w.-]+: ", ""), e);
        } catch (SAXException | IOException e) {
            throw invalid(url, 0, 0, e.toString(), e);
        }
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String parent = open.peek();
        open.push(localName);
        text.setLength(0);
        if (parent == null) {
            namespace = uri;
            version = attributes.getValue("version") == null ? "" : attributes.getValue("version");
        }
        if (!APPLIED.contains(localName)) {
            if (parent != null && (APPLIED.contains(parent))) {
                notApplied.add("<" + localName + ">");
            }
            return;
        }
        switch (localName) {
            case "entity" -> entity(attributes);
            case "basic" -> attribute = "attributes".equals(parent) ? attributes.getValue("name") : null;
            case "embedded" -> embedded = "attributes".equals(parent) ? attributes.getValue("name") : null;
            case "attribute-override" -> attribute = embedded != null && "embedded".equals(parent)
                    ? embedded + "." + attributes.getValue("name") : null;
            case "column" -> {
                if ("constructor-result".equals(parent)) {
                    queries.start(localName, parent, attributes, entityClass, location());
                } else {
                    column(parent, attributes);
                }
            }
            default -> queries.start(localName, parent, attributes, entityClass, location());
        }
    }

    private String location() {
        return url.toExternalForm() + ":" + locator.getLineNumber();
    }

    /** A class the file's queries name; an unknown one fails at this line, as an invalid file does. */
    private Class<?> resolveClass(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        Class<?> type = OrmXmlQueries.resolve(name.trim(), packageName, loader);
        if (type == null) {
            throw invalid(url, locator.getLineNumber(), locator.getColumnNumber(), "class " + name
                    + " is not found (read relative to <package> " + packageName + ", then as given)", null);
        }
        return type;
    }

    private void entity(Attributes attributes) {
        String name = attributes.getValue("class");
        entityClass = packageName != null && name != null && !name.contains(".") ? packageName + "." + name : name;
        if (entityClass == null) {
            return;
        }
        overrides.source(entityClass, url.toExternalForm() + ":" + locator.getLineNumber());
        if (attributes.getValue("name") != null) {
            overrides.entityName(entityClass, attributes.getValue("name"));
        }
        for (int i = 0; i < attributes.getLength(); i++) {
            String attr = attributes.getLocalName(i);
            if (!attr.equals("class") && !attr.equals("name")) {
                notApplied.add("<entity " + attr + ">");
            }
        }
    }

    private void column(String parent, Attributes attributes) {
        boolean applies = ("basic".equals(parent) || "attribute-override".equals(parent)) && attribute != null;
        if (!applies) {
            notApplied.add("<" + parent + "><column>");
            return;
        }
        if (attributes.getValue("name") != null && entityClass != null) {
            overrides.columnName(entityClass, attribute, attributes.getValue("name"));
        }
        for (int i = 0; i < attributes.getLength(); i++) {
            if (!attributes.getLocalName(i).equals("name")) {
                notApplied.add("<column " + attributes.getLocalName(i) + ">");
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        text.append(ch, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        open.pop();
        queries.end(localName, open.peek(), text.toString());
        switch (localName) {
            case "package" -> packageName = text.toString().trim();
            case "entity" -> entityClass = null;
            case "basic" -> attribute = null;
            case "attribute-override" -> attribute = null;
            case "embedded" -> embedded = null;
            default -> { }
        }
    }

    private static PersistenceUnitException invalid(URL url, int line, int column, String what, Exception cause) {
        return new PersistenceUnitException(ErrorMessage.of(ErrorCode.MAPPING_FILE, what)
                .detail("at", url.toExternalForm() + (line > 0 ? ":" + line + ":" + column : "")), cause);
    }
}
