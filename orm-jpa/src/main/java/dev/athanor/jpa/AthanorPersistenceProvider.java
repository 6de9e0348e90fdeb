package dev.athanor.jpa;

import dev.athanor.core.engine.Engine;
import dev.athanor.core.error.ConfigurationException;
import dev.athanor.core.meta.Metadata;
import dev.athanor.jpa.boot.PersistenceUnitDescriptor;
import dev.athanor.jpa.boot.PersistenceUnitException;
import dev.athanor.jpa.boot.PersistenceUnits;
import dev.athanor.jpa.boot.SchemaGenerationRunner;
import dev.athanor.jpa.boot.UnitProperties;
import dev.athanor.jpa.boot.UnitResolver;
import dev.athanor.jpa.boot.UnitSetup;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.spi.LoadState;
import jakarta.persistence.spi.PersistenceProvider;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.ProviderUtil;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Athanor's entry point for {@code jakarta.persistence.Persistence} (registered as a service) and
 * for containers such as Spring ({@link #createContainerEntityManagerFactory}). Resolves the unit,
 * builds its metadata and a lazy engine, runs the schema generation the unit asks for, and opens
 * the factory. A unit that names another provider is declined (null), as the specification asks;
 * a unit name that no persistence.xml declares fails with the units that exist. Every mistake in a
 * unit is a {@link jakarta.persistence.PersistenceException} with a code, the unit and its file.
 */
public final class AthanorPersistenceProvider implements PersistenceProvider {

    private static final String NAME = AthanorPersistenceProvider.class.getName();
    private static final String LEGACY_PROVIDER = "javax.persistence.provider";

    private final ProviderUtil providerUtil = new EnhancedLoadState();

    /** A unit of a {@code META-INF/persistence.xml} of the thread's context class loader; null if it is another provider's. */
    @Override
    public EntityManagerFactory createEntityManagerFactory(String unitName, Map<?, ?> map) {
        return guarded(unitName, () -> {
            UnitSetup setup = resolveNamed(unitName, map);
            return setup == null ? null : open(setup);
        });
    }

    /** A unit declared in code (Jakarta Persistence 3.2); null if it names another provider. */
    @Override
    public EntityManagerFactory createEntityManagerFactory(PersistenceConfiguration configuration) {
        if (!isOurs(configuration.provider()) || !isOurs(providerProperty(configuration.properties()))) {
            return null;
        }
        return guarded(configuration.name(), () -> open(UnitResolver.resolve(configuration, contextLoader())));
    }

    /** A unit a container read (Spring's {@code LocalContainerEntityManagerFactoryBean}); the map overrides its properties. */
    @Override
    public EntityManagerFactory createContainerEntityManagerFactory(PersistenceUnitInfo info, Map<?, ?> map) {
        return guarded(info.getPersistenceUnitName(), () -> open(UnitResolver.resolve(info, map)));
    }

    /** Runs the schema generation the properties ask for on the container's unit; no factory is opened. */
    @Override
    public void generateSchema(PersistenceUnitInfo info, Map<?, ?> map) {
        guarded(info.getPersistenceUnitName(), () -> {
            generate(UnitResolver.resolve(info, map));
            return null;
        });
    }

    /** {@code Persistence.generateSchema}: false if the unit is another provider's. */
    @Override
    public boolean generateSchema(String unitName, Map<?, ?> map) {
        return guarded(unitName, () -> {
            UnitSetup setup = resolveNamed(unitName, map);
            if (setup == null) {
                return false;
            }
            generate(setup);
            return true;
        });
    }

    @Override
    public ProviderUtil getProviderUtil() {
        return providerUtil;
    }

    private static UnitSetup resolveNamed(String unitName, Map<?, ?> map) {
        Object given = providerProperty(map);
        if (!isOurs(given)) {
            return null; // asked for another provider: do not even read the files
        }
        ClassLoader loader = contextLoader();
        for (PersistenceUnitDescriptor unit : PersistenceUnits.named(unitName, loader)) {
            Object declared = unit.provider() != null ? unit.provider() : providerProperty(unit.properties());
            if (given != null || isOurs(declared)) {
                return UnitResolver.resolve(unit, loader, map);
            }
        }
        return null;
    }

    /** Builds metadata and engine, runs schema generation, opens the factory; the engine is closed if that fails. */
    private static EntityManagerFactory open(UnitSetup setup) {
        Metadata metadata = setup.buildMetadata();
        Engine engine = setup.buildEngine();
        try {
            SchemaGenerationRunner.run(setup.schemaGeneration(), engine, metadata, setup.classLoader());
            return AthanorEntityManagerFactory.open(setup, metadata, engine);
        } catch (RuntimeException | Error e) {
            engine.close();
            throw e;
        }
    }

    private static void generate(UnitSetup setup) {
        Metadata metadata = setup.buildMetadata();
        try (Engine engine = setup.buildEngine()) {
            SchemaGenerationRunner.run(setup.schemaGeneration(), engine, metadata, setup.classLoader());
        }
    }

    /** Runs a boot step; the core's configuration errors (IllegalArgumentExceptions) become PersistenceExceptions. */
    private static <T> T guarded(String unit, Supplier<T> step) {
        try {
            return step.get();
        } catch (ConfigurationException e) {
            throw PersistenceUnitException.of(e, "'" + unit + "'");
        }
    }

    private static Object providerProperty(Map<?, ?> properties) {
        if (properties == null) {
            return null;
        }
        Object value = properties.get(UnitProperties.PROVIDER);
        return value != null ? value : properties.get(LEGACY_PROVIDER);
    }

    private static boolean isOurs(Object provider) {
        if (provider == null) {
            return true;
        }
        String name = provider instanceof Class<?> type ? type.getName() : String.valueOf(provider).trim();
        return name.isEmpty() || name.equals(NAME);
    }

    private static ClassLoader contextLoader() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return loader != null ? loader : AthanorPersistenceProvider.class.getClassLoader();
    }

    /**
     * Load state as far as the provider can tell without a persistence unit: an instance of an
     * enhanced class says it (see {@link dev.athanor.core.session.LoadStates}); of any other class,
     * Athanor cannot tell, and says so: the specification then lets {@code PersistenceUtil} ask the
     * next provider or assume loaded.
     */
    private static final class EnhancedLoadState implements ProviderUtil {
        @Override
        public LoadState isLoadedWithoutReference(Object entity, String attributeName) {
            Boolean loaded = dev.athanor.core.session.LoadStates.isLoaded(entity, attributeName);
            return loaded == null ? LoadState.UNKNOWN : loaded ? LoadState.LOADED : LoadState.NOT_LOADED;
        }

        @Override
        public LoadState isLoadedWithReference(Object entity, String attributeName) {
            return isLoadedWithoutReference(entity, attributeName);
        }

        @Override
        public LoadState isLoaded(Object entity) {
            if (!dev.athanor.core.session.LoadStates.knows(entity)) {
                return LoadState.UNKNOWN;
            }
            return dev.athanor.core.session.LoadStates.isLoaded(entity) ? LoadState.LOADED : LoadState.NOT_LOADED;
        }
    }
}
