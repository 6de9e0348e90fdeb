package dev.athanor.agent.enhance;

/**
 * The runtime contract ({@code dev.athanor.runtime}) as the generated code names it: internal names,
 * descriptors and member names. The agent never loads these types; the enhanced classes link to them in
 * the application's class loader.
 */
final class RuntimeNames {

    static final String MANAGED_ENTITY = "dev/athanor/runtime/ManagedEntity";
    static final String TRACKER = "dev/athanor/runtime/AttributeTracker";
    static final String TRACKER_DESCRIPTOR = "L" + TRACKER + ";";
    static final String UNBOXING = "dev/athanor/runtime/Unboxing";
    static final String ENHANCED = "Ldev/athanor/runtime/Enhanced;";

    /** The version written into {@code @Enhanced}: {@code Enhanced.CURRENT} of the runtime this agent targets. */
    static final int ENHANCEMENT_VERSION = 2;

    static final String PREFIX = "$athanor$";
    static final String TRACKER_MEMBER = PREFIX + "tracker";
    static final String FIELDS_CONSTANT = PREFIX + "FIELDS";
    static final String FIELDS_METHOD = PREFIX + "fields";
    static final String GET_METHOD = PREFIX + "get";
    static final String SET_METHOD = PREFIX + "set";
    static final String READ_PREFIX = PREFIX + "read$";
    static final String WRITE_PREFIX = PREFIX + "write$";

    static final String STRING_ARRAY = "[Ljava/lang/String;";
    static final String GET_DESCRIPTOR = "(I)Ljava/lang/Object;";
    static final String SET_DESCRIPTOR = "(ILjava/lang/Object;)V";

    /** {@code AttributeTracker.read(Object self, int slot)}. */
    static final String READ = "read";
    static final String READ_DESCRIPTOR = "(Ljava/lang/Object;I)V";
    /** {@code AttributeTracker.changed(Object self, int slot)}. */
    static final String CHANGED = "changed";
    static final String CHANGED_DESCRIPTOR = "(Ljava/lang/Object;I)V";
    static final String DIFFER = "differ";
    static final String DIFFER_IDENTITY = "differIdentity";
    static final String DIFFER_OBJECTS_DESCRIPTOR = "(Ljava/lang/Object;Ljava/lang/Object;)Z";

    private RuntimeNames() {
    }

    static String readMethod(String field) {
        return READ_PREFIX + field;
    }

    static String writeMethod(String field) {
        return WRITE_PREFIX + field;
    }

    /** Whether a method is one this enhancer generates, which is never rewritten. */
    static boolean isGenerated(String methodName) {
        return methodName.startsWith(PREFIX);
    }
}
