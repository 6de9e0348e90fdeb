package dev.athanor.core.meta.build;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.meta.AttributeAccess;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;

/**
 * Turns fields, getters, setters and constructors into method handles once, at boot, so that
 * reading an attribute later costs a handle invocation and no reflection.
 */
final class Accessors {

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private final MappingProblems problems;

    Accessors(MappingProblems problems) {
        this.problems = problems;
    }

    /** The access for {@code member}, or empty (with a problem reported) when Java refuses it. */
    Optional<AttributeAccess> access(PersistentMember member) {
        String where = member.declaringClass().getName() + "." + member.name();
        Optional<AttributeAccess> generated = SlotAccess.of(member.declaringClass(), member.name(), member.type());
        if (generated.isPresent()) {
            return generated;
        }
        try {
            MethodHandle getter;
            MethodHandle setter;
            if (member.field() != null && member.declaringClass().isRecord()) {
                member.field().setAccessible(true);
                return Optional.of(AttributeAccess.ofRecordComponent(where, LOOKUP.unreflectGetter(member.field())));
            }
            if (member.field() != null) {
                member.field().setAccessible(true);
                return Optional.of(AttributeAccess.ofField(where, member.field()));
            } else {
                member.getter().setAccessible(true);
                member.setter().setAccessible(true);
                getter = LOOKUP.unreflect(member.getter());
                setter = LOOKUP.unreflect(member.setter());
            }
            return Optional.of(AttributeAccess.ofHandles(where, member.type(), getter, setter));
        } catch (IllegalAccessException | RuntimeException e) {
            problems.add(ErrorCode.NOT_INSTANTIABLE, member.declaringClass(), member.name(),
                    "Java refuses access to it: " + e.getMessage(),
                    "Open the class's package to Athanor (module-info 'opens'), or make the member accessible.");
            return Optional.empty();
        }
    }

    /**
     * The constructor an embeddable is built with: a record's canonical constructor (its values are
     * given all at once), or a class's no-argument constructor as {@link #constructor} checks it.
     */
    Optional<MethodHandle> embeddableConstructor(Class<?> type) {
        if (!type.isRecord()) {
            return constructor(type);
        }
        Class<?>[] parameters = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(parameters);
            canonical.setAccessible(true);
            return Optional.of(LOOKUP.unreflectConstructor(canonical));
        } catch (NoSuchMethodException | IllegalAccessException | RuntimeException e) {
            problems.add(ErrorCode.NOT_INSTANTIABLE, type, null, "Java refuses access to the record's canonical"
                    + " constructor: " + e.getMessage(), "Open the record's package to Athanor (module-info 'opens').");
            return Optional.empty();
        }
    }

    /**
     * The public or protected no-argument constructor of a managed class, checking that the class
     * is one Athanor can instantiate and subclass; empty (with problems reported) otherwise.
     */
    Optional<MethodHandle> constructor(Class<?> type) {
        if (type.isRecord()) {
            problems.add(ErrorCode.NOT_INSTANTIABLE, type, null, "it is a record; the specification does not allow"
                    + " records as entities, whose state changes", "Make the entity a class; a record may be an"
                    + " @Embeddable, embedded in the entity.");
            return Optional.empty();
        }
        boolean usable = true;
        if (Modifier.isFinal(type.getModifiers())) {
            problems.add(ErrorCode.NOT_INSTANTIABLE, type, null, "the class is final",
                    "Remove 'final' from the class: the specification requires it, and lazy references subclass it.");
            usable = false;
        }
        if (Modifier.isAbstract(type.getModifiers()) || type.isInterface()) {
            problems.add(ErrorCode.NOT_INSTANTIABLE, type, null, "the class is abstract",
                    "Make it concrete, or make it a @MappedSuperclass.");
            usable = false;
        }
        if (type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers())) {
            problems.add(ErrorCode.NOT_INSTANTIABLE, type, null, "it is an inner (non-static) class",
                    "Make the nested class static, or move it to its own file.");
            return Optional.empty();
        }
        Constructor<?> constructor;
        try {
            constructor = type.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            problems.add(ErrorCode.NOT_INSTANTIABLE, type, null, "the class has no no-argument constructor",
                    "Add a public or protected constructor without arguments; it may be empty.");
            return Optional.empty();
        }
        int modifiers = constructor.getModifiers();
        if (!Modifier.isPublic(modifiers) && !Modifier.isProtected(modifiers)) {
            problems.add(ErrorCode.NOT_INSTANTIABLE, type, null, "its no-argument constructor is "
                    + (Modifier.isPrivate(modifiers) ? "private" : "package-private"),
                    "Make the no-argument constructor public or protected, as the specification requires.");
            usable = false;
        }
        if (!usable) {
            return Optional.empty();
        }
        try {
            constructor.setAccessible(true);
            return Optional.of(LOOKUP.unreflectConstructor(constructor));
        } catch (IllegalAccessException | RuntimeException e) {
            problems.add(ErrorCode.NOT_INSTANTIABLE, type, null, "Java refuses access to its constructor: "
                    + e.getMessage(), "Open the class's package to Athanor (module-info 'opens').");
            return Optional.empty();
        }
    }
}
