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

/**
 * The classes around the one being enhanced, read from their bytes as they are needed: the superclass
 * chain that numbers the slots, read afresh for each enhancement, and the class that declares the field a
 * {@code GETFIELD} or {@code PUTFIELD} names, which {@link FieldOwners} remembers for the enhancer.
 */
final class ClassHierarchy {

    private static final String OBJECT = "java/lang/Object";

    private final ClassBytes source;
    private final ManagedClassRules rules;
    private final FieldOwners owners;
    private final ClassHeader subject;
    private final Map<String, ClassHeader> headers = new HashMap<>();

    /** For {@code subject}, a class the enhancer rewrites: its layout, and what its field instructions reach. */
    ClassHierarchy(ClassBytes source, ManagedClassRules rules, FieldOwners owners, ClassHeader subject) {
        this.source = source;
        this.rules = rules;
        this.owners = owners;
        this.subject = subject;
        headers.put(subject.name(), subject);
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
     * {@code owner} as the JVM resolves fields, if that class is enhanced and tracks the field; else null. The
     * class being enhanced answers from its own header (its bytes may be nowhere else); other classes from
     * {@link FieldOwners}.
     */
    String trackedDeclaringClass(String owner, String name, String descriptor) {
        if (!owner.equals(subject.name())) {
            return owners.trackedDeclaringClass(owner, name, descriptor);
        }
        for (FieldHeader field : subject.fields()) {
            if (field.name().equals(name) && field.descriptor().equals(descriptor)) {
                return ManagedClassRules.isTracked(field) ? subject.name() : null;
            }
        }
        String superName = subject.superName();
        return superName == null ? null : owners.trackedDeclaringClass(superName, name, descriptor);
    }

    private ClassHeader readRequired(String name, ClassHeader subclass) throws Refusal {
        ClassHeader known = headers.get(name);
        if (known != null) {
            return known;
        }
        byte[] bytes = source.find(name);
        if (bytes == null) {
            throw new Refusal("the class file of its superclass " + name.replace('/', '.')
                    + " cannot be found by the class loader of " + subclass.className()
                    + ", so its slots cannot be numbered");
        }
        try {
            ClassHeader header = ClassHeaderReader.read(bytes);
            headers.put(name, header);
            return header;
        } catch (IllegalArgumentException e) {
            throw new Refusal("the class file of its superclass " + name.replace('/', '.') + " cannot be read: "
                    + e.getMessage());
        }
    }
}
