package dev.athanor.jpa.boot;

import dev.athanor.core.config.SessionSettings;
import dev.athanor.core.engine.Engine;
import dev.athanor.core.engine.ExecutionListener;
import dev.athanor.core.meta.Metadata;
import dev.athanor.core.meta.build.MappingOverrides;
import dev.athanor.core.meta.build.MetadataBuilder;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A persistence unit resolved for Athanor: its managed classes loaded, its properties merged
 * (those passed at creation over the XML) and validated, and everything the factory needs to
 * build its metadata and its engine. Nothing here has touched the database.
 *
 * @param name the unit's name
 * @param transactionType RESOURCE_LOCAL (JTA units are refused before this is built)
 * @param managedClasses entities, embeddables, mapped superclasses and converters
 * @param overrides what the unit's orm.xml files say over the annotations
 * @param url the database URL ({@code jakarta.persistence.jdbc.url} or {@code athanor.url}); null with a data source
 * @param dataSource the application's data source; null with a URL
 * @param engineOptions the engine options ({@code athanor.echo} and the pool options, prefix removed)
 * @param sessionSettings the persistence context's options
 * @param schemaGeneration what to create, drop or validate at boot, and which scripts to write
 * @param listener a statement listener given as {@code athanor.execution_listener}, or null
 * @param properties every property of the unit after merging, for {@code getProperties()}; secrets masked
 * @param sharedCacheMode {@code <shared-cache-mode>} or its property
 * @param validationMode {@code <validation-mode>} or its property
 * @param classLoader the loader the unit's classes came from
 * @param user {@code jakarta.persistence.jdbc.user}, for a URL that carries none; null otherwise
 * @param password {@code jakarta.persistence.jdbc.password}; never printed, not in {@code properties}
 */
public record UnitSetup(String name, PersistenceUnitTransactionType transactionType, List<Class<?>> managedClasses,
        MappingOverrides overrides, String url, DataSource dataSource, Map<String, Object> engineOptions,
        SessionSettings sessionSettings, SchemaGeneration schemaGeneration, ExecutionListener listener,
        Map<String, Object> properties, SharedCacheMode sharedCacheMode, ValidationMode validationMode,
        ClassLoader classLoader, String user, String password) {

    /** A unit whose credentials, if any, are in its URL. */
    public UnitSetup(String name, PersistenceUnitTransactionType transactionType, List<Class<?>> managedClasses,
            MappingOverrides overrides, String url, DataSource dataSource, Map<String, Object> engineOptions,
            SessionSettings sessionSettings, SchemaGeneration schemaGeneration, ExecutionListener listener,
            Map<String, Object> properties, SharedCacheMode sharedCacheMode, ValidationMode validationMode,
            ClassLoader classLoader) {
        this(name, transactionType, managedClasses, overrides, url, dataSource, engineOptions, sessionSettings,
                schemaGeneration, listener, properties, sharedCacheMode, validationMode, classLoader, null, null);
    }

    public UnitSetup {
        managedClasses = List.copyOf(managedClasses);
        engineOptions = Map.copyOf(engineOptions);
        properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
    }

    /** The unit's mapping, built and checked; every problem at once in one MappingException. */
    public Metadata buildMetadata() {
        return new MetadataBuilder().overrides(overrides).add(managedClasses).build();
    }

    /** The unit's engine; lazy, so that building it opens no connection. */
    public Engine buildEngine() {
        Engine.Builder builder = dataSource != null ? Engine.builder(dataSource) : Engine.builder(url);
        builder.options(engineOptions);
        if (dataSource == null) {
            // a DataSource carries its own credentials; these are for a URL
            builder.user(user).password(password);
        }
        if (listener != null) {
            builder.listener(listener);
        }
        return builder.build();
    }

    /** Names the unit and its database; never a password. */
    @Override
    public String toString() {
        return "UnitSetup[" + name + ", " + (dataSource != null ? "DataSource(" + dataSource.getClass().getName() + ")"
                : dev.athanor.core.engine.UrlParts.mask(String.valueOf(url))) + (user == null ? "" : ", user " + user)
                + ", " + managedClasses.size() + " managed classes, " + schemaGeneration + "]";
    }
}
