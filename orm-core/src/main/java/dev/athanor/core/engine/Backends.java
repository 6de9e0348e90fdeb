package dev.athanor.core.engine;

import dev.athanor.core.error.ConfigurationException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Finds the dialect that speaks a URL among those registered as {@link Backend} services. */
final class Backends {

    private static final List<Backend> ALL = load();

    private Backends() {
    }

    record Resolved(Backend backend, DatabaseUrl url) {
    }

    static Resolved resolve(String url) {
        if (url == null || url.isBlank()) {
            throw new ConfigurationException(ErrorMessage.of(ErrorCode.MALFORMED_URL, "the URL is empty"));
        }
        String trimmed = url.trim();
        for (Backend backend : ALL) {
            DatabaseUrl resolved = backend.resolveUrl(trimmed);
            if (resolved != null) {
                return new Resolved(backend, resolved);
            }
        }
        String shown = UrlParts.mask(trimmed);
        List<String> names = ALL.stream().map(Backend::name).toList();
        ErrorCode code = trimmed.matches("(?i)^(jdbc:)?[a-z][a-z0-9+.-]*:.*") ? ErrorCode.UNSUPPORTED_DATABASE
                : ErrorCode.MALFORMED_URL;
        throw new ConfigurationException(ErrorMessage.of(code, "'" + shown + "'")
                .detail("dialects available", names));
    }

    /** The backend for a database a driver names, e.g. {@code SQLite}, {@code MySQL}, {@code MariaDB}. */
    static Backend forProduct(String productName) {
        for (Backend backend : ALL) {
            if (backend.recognises(productName)) {
                return backend;
            }
        }
        throw new ConfigurationException(ErrorMessage.of(ErrorCode.UNSUPPORTED_DATABASE,
                "the DataSource connects to " + productName)
                .detail("dialects available", ALL.stream().map(Backend::name).toList()));
    }

    private static List<Backend> load() {
        List<Backend> backends = new ArrayList<>();
        ServiceLoader.load(Backend.class, Backend.class.getClassLoader()).forEach(backends::add);
        return List.copyOf(backends);
    }
}
