package dev.athanor.agent.enhance;

import dev.athanor.agent.scan.ClassHeader;
import dev.athanor.agent.scan.ClassHeaderReader;
import dev.athanor.agent.scan.FieldHeader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The classes around the one being enhanced, read from their bytes as they are needed, for one
 * enhancement: the superclass chain that numbers the slots, and the class that declares the field a
 * {@code GETFIELD} or {@code PUTFIELD} names. Nothing is cached beyond one enhancement, so that a
 * changed class file is never answered from an old reading.
 */
final class ClassHierarchy {

    private static final String OBJECT = "java/lang/Object";

    private final ClassBytes source;
    private final ManagedClassRules rules;
    private final Map<String, Optional<ClassHeader>> headers = new HashMap<>();
    private final Map<String, String> trackedOwners = new HashMap<>();
    private final Map<String, Optional<SlotLayout>> layouts = new HashMap<>();

    ClassHierarchy(ClassBytes source, ManagedClassRules rules, ClassHeader subject) {
        this.source = source;
        this.rules = rules;
        headers.put(subject.name(), Optional.of(subject));
    }

    /** Thrown when a managed class cannot be enhanced; the message says why, for the listener. */
    static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;

        Refusal(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Numbers the slots of {@code header}: walks up while the superclasses are entities or mapped
     * superclasses, then lists their tracked fields topmost first.
     *
     * @throws Refusal when a superclass's class file cannot be found or read, or a managed superclass is
     *                 outside the packages to enhance
     */
    SlotLayout layout(ClassHeader header) throws Refusal {
        Deque<ClassHeader> chain = new ArrayDeque<>();
        String superName = header.superName();
        while (superName != null && !superName.equals(OBJECT)) {
            ClassHeader parent = readRequired(superName, header);
            if (!rules.passesStateDown(parent)) {
                break;
            }
            if (!rules.inScope(parent.name())) {
                throw new Refusal("its superclass " + parent.className() + " is managed but outside the packages"
                        + " the agent enhances; add its package to the agent's packages= option");
            }
            chain.addFirst(parent);
            superName = parent.superName();
        }
        List<String> inherited = new ArrayList<>();
        for (ClassHeader parent : chain) {
            for (FieldHeader field : parent.fields()) {
                if (ManagedClassRules.isTracked(field)) {
                    inherited.add(field.name());
                }
            }
        }
        List<TrackedField> own = new ArrayList<>();
        for (FieldHeader field : header.fields()) {
            if (ManagedClassRules.isTracked(field)) {
                own.add(new TrackedField(field.name(), field.descriptor(), inherited.size() + own.size(),
                        ManagedClassRules.isAssociation(header, field)));
            }
        }
        return new SlotLayout(header.name(), chain.isEmpty() ? null : header.superName(), inherited, own);
    }

    /**
     * The class whose {@code $athanor$read$}/{@code $athanor$write$} accessors stand for the field
     * {@code owner.name} of type {@code descriptor}: the class that declares it, found by walking up from
     * {@code owner} as the JVM resolves fields, if that class is enhanced and tracks the field; else null.
     */
    String trackedDeclaringClass(String owner, String name, String descriptor) {
        return trackedOwners.computeIfAbsent(owner + '.' + name + ':' + descriptor,
                key -> findTrackedDeclaringClass(owner, name, descriptor));
    }

    private String findTrackedDeclaringClass(String owner, String name, String descriptor) {
        String current = owner;
        while (current != null && !current.startsWith("java/") && !current.startsWith("[")) {
            ClassHeader header = read(current).orElse(null);
            if (header == null) {
                return null;
            }
            for (FieldHeader field : header.fields()) {
                if (field.name().equals(name) && field.descriptor().equals(descriptor)) {
                    return ManagedClassRules.isTracked(field) && willBeEnhanced(header) ? header.name() : null;
                }
            }
            current = header.superName();
        }
        return null;
    }

    /** Whether the enhancer enhances {@code header} (or did so already): else it has no accessors to call. */
    private boolean willBeEnhanced(ClassHeader header) {
        if (!rules.isEnhanceable(header)) {
            return false;
        }
        return layouts.computeIfAbsent(header.name(), name -> {
            try {
                return Optional.of(layout(header));
            } catch (Refusal refusal) {
                return Optional.empty();
            }
        }).isPresent();
    }

    private ClassHeader readRequired(String name, ClassHeader subclass) throws Refusal {
        Optional<ClassHeader> known = headers.get(name);
        if (known != null && known.isPresent()) {
            return known.get();
        }
        byte[] bytes = source.find(name);
        if (bytes == null) {
            throw new Refusal("the class file of its superclass " + name.replace('/', '.')
                    + " cannot be found by the class loader of " + subclass.className()
                    + ", so its slots cannot be numbered");
        }
        try {
            ClassHeader header = ClassHeaderReader.read(bytes);
            headers.put(name, Optional.of(header));
            return header;
        } catch (IllegalArgumentException e) {
            throw new Refusal("the class file of its superclass " + name.replace('/', '.') + " cannot be read: "
                    + e.getMessage());
        }
    }

    private Optional<ClassHeader> read(String name) {
        return headers.computeIfAbsent(name, key -> {
            byte[] bytes = source.find(key);
            if (bytes == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(ClassHeaderReader.read(bytes));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }
}
