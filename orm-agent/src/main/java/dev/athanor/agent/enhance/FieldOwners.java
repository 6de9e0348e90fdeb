package dev.athanor.agent.enhance;

import dev.athanor.agent.scan.ClassHeader;
import dev.athanor.agent.scan.ClassHeaderReader;
import dev.athanor.agent.scan.ConstantPool;
import dev.athanor.agent.scan.FieldHeader;
import dev.athanor.agent.scan.PersistenceAnnotations;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The classes that field instructions name, read from their bytes once per {@link Enhancer} (so once per
 * class loader in the agent): for each, the tracked fields a {@code GETFIELD} or {@code PUTFIELD} naming it
 * reaches, resolved up the superclass chain as the JVM resolves fields, and the enhanced class that declares
 * each. A class whose bytes cannot be found or read reaches nothing. Safe to share between threads.
 */
final class FieldOwners {

    /** {@code ACC_PUBLIC}, not taken from ASM: a class naming ASM's Opcodes only for a constant escapes relocation. */
    private static final int ACC_PUBLIC = 0x0001;

    /** Deeper than any real hierarchy: a chain this long is a cycle of malformed class files. */
    private static final int MAX_DEPTH = 256;

    private static final Owner NOTHING = new Owner(null, 0, Map.of());

    private final ClassBytes source;
    private final ManagedClassRules rules;
    private final ConcurrentMap<String, Owner> owners = new ConcurrentHashMap<>();

    FieldOwners(ClassBytes source, ManagedClassRules rules) {
        this.source = source;
        this.rules = rules;
    }

    /**
     * One class as field resolution sees it.
     *
     * @param superName its superclass, null when unknown or none
     * @param access    its access flags; 0 when unknown
     * @param tracked   {@code name:descriptor} of each tracked field reachable through it, to the enhanced class
     *                  declaring that field
     */
    private record Owner(String superName, int access, Map<String, String> tracked) {
    }

    /**
     * The enhanced class whose {@code $athanor$read$}/{@code $athanor$write$} accessors stand for the field
     * {@code owner.name} of type {@code descriptor}, or null when that field is not tracked.
     */
    String trackedDeclaringClass(String owner, String name, String descriptor) {
        return owner(owner, 0).tracked().get(name + ':' + descriptor);
    }

    /** Whether the class can be named from any package; false when its bytes are unknown. */
    boolean isPublic(String internalName) {
        return (owner(internalName, 0).access() & ACC_PUBLIC) != 0;
    }

    /**
     * {@code subject} and its superclasses as far as their bytes can be read: the classes whose fields a
     * constructor may reach on its own, possibly not yet initialized, {@code this}.
     */
    Set<String> selfAndSuperclasses(ClassHeader subject) {
        Set<String> chain = new HashSet<>();
        chain.add(subject.name());
        String current = subject.superName();
        while (current != null && chain.add(current) && chain.size() < MAX_DEPTH) {
            current = owner(current, 0).superName();
        }
        return chain;
    }

    private Owner owner(String name, int depth) {
        Owner known = owners.get(name);
        if (known != null) {
            return known;
        }
        // no computeIfAbsent: reading an owner reads its superclass first, a recursive update of the map
        Owner read = read(name, depth);
        Owner raced = owners.putIfAbsent(name, read);
        return raced != null ? raced : read;
    }

    private Owner read(String name, int depth) {
        if (name.startsWith("java/") || name.startsWith("[") || depth > MAX_DEPTH) {
            return NOTHING;
        }
        byte[] bytes = source.find(name);
        if (bytes == null) {
            return NOTHING;
        }
        ConstantPool pool;
        try {
            pool = ConstantPool.of(bytes);
        } catch (IllegalArgumentException unreadable) {
            return NOTHING;
        }
        String superName = pool.superName();
        Map<String, String> inherited = superName == null ? Map.of() : owner(superName, depth + 1).tracked();
        // most owners are plain classes under plain classes: their constant pool says enough
        if (inherited.isEmpty() && !rules.isNamed(name) && !PersistenceAnnotations.mentionsPersistence(bytes)) {
            return new Owner(superName, pool.access(), Map.of());
        }
        ClassHeader header;
        try {
            header = ClassHeaderReader.read(bytes);
        } catch (IllegalArgumentException unreadable) {
            return NOTHING;
        }
        boolean enhanced = isEnhanced(header);
        Map<String, String> visible = inherited;
        for (FieldHeader field : header.fields()) {
            String key = field.name() + ':' + field.descriptor();
            boolean own = enhanced && ManagedClassRules.isTracked(field);
            // a field declared here hides an inherited one of the same name and type, as in the JVM
            if (own || visible.containsKey(key)) {
                if (visible == inherited) {
                    visible = new HashMap<>(inherited);
                }
                if (own) {
                    visible.put(key, header.name());
                } else {
                    visible.remove(key);
                }
            }
        }
        return new Owner(superName, pool.access(), visible == inherited ? inherited : Map.copyOf(visible));
    }

    /** Whether the enhancer enhances this class (or did so already): else it has no accessors to call. */
    private boolean isEnhanced(ClassHeader header) {
        if (!rules.isEnhanceable(header)) {
            return false;
        }
        if (header.hasAnnotation(RuntimeNames.ENHANCED)) {
            return true;
        }
        try {
            new ClassHierarchy(source, rules, this, header).layout(header);
            return true;
        } catch (ClassHierarchy.Refusal refusal) {
            return false;
        }
    }
}
