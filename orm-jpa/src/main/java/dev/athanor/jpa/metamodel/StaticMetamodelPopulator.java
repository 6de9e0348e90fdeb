package dev.athanor.jpa.metamodel;

import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import jakarta.persistence.metamodel.StaticMetamodel;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the static metamodel classes (specification §6.2): for a managed class {@code p.X}, the
 * class {@code p.X_} annotated {@code @StaticMetamodel(X.class)}, loaded by X's class loader, has
 * a {@code public static volatile} field per attribute X declares, named after it, and (since
 * 3.2) {@code class_} for X's own type. Those fields are set here, a {@code SingularAttribute}
 * field to a singular attribute and a {@code ListAttribute}, {@code SetAttribute},
 * {@code CollectionAttribute}, {@code MapAttribute} or {@code PluralAttribute} field to a to-many of that kind;
 * {@code final} fields, such as the 3.2 {@code String} name constants, are the generator's and are
 * left alone.
 *
 * <p>Setting a field to the instance it already holds changes nothing, so running again is
 * harmless. A field that names no mapped attribute, or whose type does not fit it (a
 * {@code SetAttribute} for a {@code List}),
 * stays null and is reported once in a warning rather than failing boot: it comes from a stale
 * generated class.
 */
final class StaticMetamodelPopulator {

    private static final Logger LOG = LoggerFactory.getLogger("dev.athanor.METAMODEL");
    private static final String METAMODEL_PACKAGE = "jakarta.persistence.metamodel";

    private StaticMetamodelPopulator() {
    }

    /** Populates the static metamodel class of each of {@code types} that has one; returns those classes. */
    static List<Class<?>> populate(Collection<? extends AbstractManagedType<?>> types) {
        List<Class<?>> populated = new ArrayList<>();
        for (AbstractManagedType<?> type : types) {
            Class<?> metamodelClass = staticMetamodelOf(type.getJavaType());
            if (metamodelClass != null) {
                populate(metamodelClass, type);
                populated.add(metamodelClass);
            }
        }
        return populated;
    }

    /**
     * {@code X_} beside {@code X}; for a nested class both spellings generators use are tried:
     * {@code Outer$Inner_} and {@code Outer_$Inner_}.
     */
    static Class<?> staticMetamodelOf(Class<?> managed) {
        Class<?> found = load(managed.getName() + "_", managed);
        if (found == null && managed.getEnclosingClass() != null) {
            found = load(nestedName(managed), managed);
        }
        return found;
    }

    private static String nestedName(Class<?> managed) {
        String name = managed.getSimpleName() + "_";
        for (Class<?> outer = managed.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            name = (outer.getEnclosingClass() == null ? outer.getName() : outer.getSimpleName()) + "_$" + name;
        }
        return name;
    }

    private static Class<?> load(String name, Class<?> managed) {
        try {
            Class<?> candidate = Class.forName(name, true, managed.getClassLoader());
            StaticMetamodel annotation = candidate.getAnnotation(StaticMetamodel.class);
            // a class that merely happens to be named X_ is not X's metamodel
            return annotation != null && annotation.value() == managed ? candidate : null;
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static void populate(Class<?> metamodelClass, AbstractManagedType<?> type) {
        List<String> unmatched = new ArrayList<>();
        for (Field field : metamodelClass.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (!Modifier.isStatic(modifiers) || Modifier.isFinal(modifiers)
                    || !field.getType().getName().startsWith(METAMODEL_PACKAGE + ".")) {
                continue;
            }
            Object value = field.getName().equals("class_") ? type : type.all().get(field.getName());
            if (value == null || !field.getType().isInstance(value)) {
                unmatched.add(field.getType().getSimpleName() + " " + field.getName()
                        + (value == null ? "" : " (mapped as a " + kindOf(value) + ")"));
                continue;
            }
            set(field, value);
        }
        if (!unmatched.isEmpty()) {
            LOG.warn("{} declares {}, which the {} does not map as such; those fields stay null. Regenerate {}"
                    + " if the entity changed.", metamodelClass.getName(), unmatched, type.describe(),
                    metamodelClass.getSimpleName());
        }
    }

    /** "SetAttribute", "SingularAttribute", "ManagedType"...: the metamodel interface {@code value} is. */
    private static String kindOf(Object value) {
        if (value instanceof PluralAttribute<?, ?, ?> plural) {
            return AthanorPluralAttribute.interfaceName(plural.getCollectionType()) + "Attribute";
        }
        return value instanceof SingularAttribute<?, ?> ? "SingularAttribute" : "ManagedType";
    }

    private static void set(Field field, Object value) {
        try {
            if (!Modifier.isPublic(field.getModifiers()) || !Modifier.isPublic(field.getDeclaringClass().getModifiers())) {
                field.setAccessible(true);
            }
            field.set(null, value);
        } catch (IllegalAccessException | RuntimeException e) {
            // a module that does not open the package: report it, the rest of the metamodel still works
            LOG.warn("Cannot set {}.{}: {}. Open the package to dev.athanor.jpa or make the field public.",
                    field.getDeclaringClass().getName(), field.getName(), e.toString());
        }
    }
}
