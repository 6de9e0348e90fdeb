package dev.athanor.jpa.boot;

import dev.athanor.core.error.ConfigurationException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.error.Suggestions;
import java.util.List;

/**
 * Finds a persistence unit by name among every {@code META-INF/persistence.xml} a class loader
 * sees. A name that no file declares fails with the units that do exist and their files, and the
 * nearest name: {@code Persistence} would otherwise only say that no provider answered.
 */
public final class PersistenceUnits {

    private PersistenceUnits() {
    }

    /** Every unit the loader sees, in class path order; an invalid file fails as a PersistenceException. */
    public static List<PersistenceUnitDescriptor> all(ClassLoader loader) {
        try {
            return PersistenceXmlReader.readAll(loader);
        } catch (ConfigurationException e) {
            throw PersistenceUnitException.of(e, null);
        }
    }

    /**
     * The units of that name (usually one; a test class path may hold a second persistence.xml).
     *
     * @throws PersistenceUnitException when no file declares a unit of that name
     */
    public static List<PersistenceUnitDescriptor> named(String name, ClassLoader loader) {
        List<PersistenceUnitDescriptor> all = all(loader);
        List<PersistenceUnitDescriptor> named = all.stream().filter(unit -> unit.name().equals(name)).toList();
        if (!named.isEmpty()) {
            return named;
        }
        if (all.isEmpty()) {
            throw new PersistenceUnitException(ErrorMessage.of(ErrorCode.UNKNOWN_PERSISTENCE_UNIT,
                    "'" + name + "': no " + PersistenceXmlReader.RESOURCE + " is on the class path")
                    .detail("class loader", loader)
                    .hint("Create src/main/resources/" + PersistenceXmlReader.RESOURCE + " declaring <persistence-unit"
                            + " name=\"" + name + "\">, or build the unit in code with"
                            + " jakarta.persistence.PersistenceConfiguration."));
        }
        ErrorMessage message = ErrorMessage.of(ErrorCode.UNKNOWN_PERSISTENCE_UNIT, "'" + name + "'."
                + Suggestions.didYouMean(name, all.stream().map(PersistenceUnitDescriptor::name).toList()));
        for (PersistenceUnitDescriptor unit : all) {
            message.detail("unit '" + unit.name() + "'", unit.source());
        }
        throw new PersistenceUnitException(message);
    }
}
