package dev.athanor.jpa.boot;

import dev.athanor.core.error.ConfigurationException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads {@code META-INF/persistence.xml} files: every one the class loader sees, each checked
 * against the schema of the version it declares (the XSDs ship in the Jakarta Persistence API
 * jar), so that a mistake is reported with file, line and column instead of surfacing later.
 */
public final class PersistenceXmlReader {

    public static final String RESOURCE = "META-INF/persistence.xml";

    private static final String JAKARTA_NS = "https://jakarta.ee/xml/ns/persistence";
    private static final String JCP_NS = "http://xmlns.jcp.org/xml/ns/persistence";
    private static final String SUN_NS = "http://java.sun.com/xml/ns/persistence";

    private PersistenceXmlReader() {
    }

    /** All units of all persistence.xml files the loader sees, in class path order. */
    public static List<PersistenceUnitDescriptor> readAll(ClassLoader loader) {
        List<PersistenceUnitDescriptor> units = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(RESOURCE))) {
                units.addAll(read(url));
            }
        } catch (IOException e) {
            throw new ConfigurationException(ErrorMessage.of(ErrorCode.PERSISTENCE_XML,
                    "cannot list " + RESOURCE + " resources: " + e.getMessage()), e);
        }
        return units;
    }

    /** The units of one persistence.xml. */
    public static List<PersistenceUnitDescriptor> read(URL url) {
        Document document = parse(url);
        Element root = document.getDocumentElement();
        if (!"persistence".equals(root.getLocalName())) {
            throw invalid(url, 1, 1, "the root element is <" + root.getLocalName() + ">, not <persistence>");
        }
        URL rootUrl = unitRoot(url);
        List<PersistenceUnitDescriptor> units = new ArrayList<>();
        for (Element unit : children(root, "persistence-unit")) {
            units.add(unit(unit, rootUrl, url));
        }
        return units;
    }

    private static PersistenceUnitDescriptor unit(Element unit, URL rootUrl, URL source) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (Element list : children(unit, "properties")) {
            for (Element property : children(list, "property")) {
                properties.put(property.getAttribute("name"), property.getAttribute("value"));
            }
        }
        String exclude = text(unit, "exclude-unlisted-classes");
        return new PersistenceUnitDescriptor(
                unit.getAttribute("name"),
                unit.hasAttribute("transaction-type") ? unit.getAttribute("transaction-type") : "RESOURCE_LOCAL",
                text(unit, "provider"),
                text(unit, "jta-data-source"),
                text(unit, "non-jta-data-source"),
                texts(unit, "mapping-file"),
                texts(unit, "jar-file"),
                texts(unit, "class"),
                exclude != null && (exclude.isEmpty() || Boolean.parseBoolean(exclude)),
                text(unit, "shared-cache-mode"),
                text(unit, "validation-mode"),
                properties,
                rootUrl,
                source);
    }

    private static Document parse(URL url) {
        Document document;
        try (InputStream in = url.openStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            document = builder.parse(in, url.toExternalForm());
        } catch (SAXParseException e) {
            throw invalid(url, e.getLineNumber(), e.getColumnNumber(), e.getMessage());
        } catch (SAXException | ParserConfigurationException e) {
            throw invalid(url, 0, 0, e.getMessage());
        } catch (IOException e) {
            throw new ConfigurationException(ErrorMessage.of(ErrorCode.PERSISTENCE_XML, "cannot read it: " + e)
                    .detail("file", url), e);
        }
        validate(url, document);
        return document;
    }

    /** Checks the document against the XSD of its declared version, when the API jar has that XSD. */
    private static void validate(URL url, Document document) {
        Element root = document.getDocumentElement();
        String namespace = root.getNamespaceURI();
        String version = root.getAttribute("version");
        String xsd = switch (namespace == null ? "" : namespace) {
            case JAKARTA_NS -> "persistence_" + version.replace('.', '_') + ".xsd";
            case JCP_NS -> "persistence_2_2.xsd";
            case SUN_NS -> null;
            default -> throw invalid(url, 1, 1, "unknown namespace '" + namespace + "'; use " + JAKARTA_NS);
        };
        URL schemaUrl = xsd == null ? null : jakarta.persistence.Persistence.class.getResource(xsd);
        if (schemaUrl == null) {
            return; // an older or newer version than the API jar describes: read it as it is
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            Schema schema = factory.newSchema(schemaUrl);
            // validate the text again, not the DOM: only a parse of the text knows lines and columns
            try (InputStream in = url.openStream()) {
                schema.newValidator().validate(new javax.xml.transform.stream.StreamSource(in, url.toExternalForm()));
            }
        } catch (SAXParseException e) {
            throw invalid(url, e.getLineNumber(), e.getColumnNumber(), readable(e.getMessage()));
        } catch (SAXException | IOException e) {
            throw invalid(url, 0, 0, e.getMessage());
        }
    }

    /**
     * The validator's message without what only a schema author reads: the {@code cvc-...:} rule
     * name, namespaces and wildcards; with a did-you-mean when an element name is misspelt.
     */
    private static String readable(String message) {
        if (message == null) {
            return "";
        }
        String text = message.replaceFirst("^cvc-[\\w.-]+: ", "")
                .replaceAll("\"[^\"]*\":", "")
                .replaceAll(", WC\\[[^]]*]", "")
                .replace("'{", "'").replace("}'", "'");
        java.util.regex.Matcher found = java.util.regex.Pattern
                .compile("starting with element '([\\w-]+)'\\. One of '([\\w, -]+)' is expected").matcher(text);
        if (found.find()) {
            List<String> expected = List.of(found.group(2).split(",\\s*"));
            text += dev.athanor.core.error.Suggestions.didYouMean(found.group(1), expected);
        }
        return text;
    }

    private static URL unitRoot(URL persistenceXml) {
        String text = persistenceXml.toExternalForm();
        String root = text.substring(0, text.length() - RESOURCE.length());
        if (root.startsWith("jar:") && root.endsWith("!/")) {
            root = root.substring(4, root.length() - 2);
        }
        try {
            return URI.create(root).toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            return persistenceXml;
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0).getTextContent().trim();
    }

    private static List<String> texts(Element parent, String name) {
        return children(parent, name).stream().map(e -> e.getTextContent().trim()).toList();
    }

    private static ConfigurationException invalid(URL url, int line, int column, String what) {
        return new ConfigurationException(ErrorMessage.of(ErrorCode.PERSISTENCE_XML, what)
                .detail("at", url.toExternalForm() + (line > 0 ? ":" + line + ":" + column : "")));
    }
}
