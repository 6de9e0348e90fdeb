package dev.athanor.agent.enhance;

/**
 * What {@link Enhancer#enhance} did with one class.
 *
 * @param status            the outcome
 * @param className         the class's dotted name
 * @param bytes             the new class file when {@code status} is {@link Status#ENHANCED} or
 *                          {@link Status#REWRITTEN}, else null (leave the class as it is); not copied
 * @param trackedFields     how many slots the enhanced class has, inherited ones included; 0 unless enhanced
 * @param rewrittenAccesses how many field instructions of a {@link Status#REWRITTEN} class now call accessors;
 *                          0 otherwise
 * @param reason            why the class was left as it is, for a message; empty when enhanced or rewritten
 */
public record EnhancementResult(Status status, String className, byte[] bytes, int trackedFields,
                                int rewrittenAccesses, String reason) {

    /** The outcomes of an enhancement. */
    public enum Status {
        /** The class was rewritten: {@link #bytes()} holds the new class file. */
        ENHANCED,
        /**
         * A class not enhanced itself whose reads and writes of tracked fields of enhanced classes now go
         * through their accessors: {@link #bytes()} holds the new class file.
         */
        REWRITTEN,
        /** The class is not managed (or outside the classes to consider): nothing to say about it. */
        NOT_MANAGED,
        /** A managed class left as it is on purpose: already enhanced, a record, an interface. */
        UNCHANGED,
        /** A managed class that cannot be enhanced; {@link #reason()} says why and what to do. */
        REFUSED
    }

    static EnhancementResult enhanced(String className, byte[] bytes, int trackedFields) {
        return new EnhancementResult(Status.ENHANCED, className, bytes, trackedFields, 0, "");
    }

    static EnhancementResult rewritten(String className, byte[] bytes, int accesses) {
        return new EnhancementResult(Status.REWRITTEN, className, bytes, 0, accesses, "");
    }

    static EnhancementResult notManaged(String className, String reason) {
        return new EnhancementResult(Status.NOT_MANAGED, className, null, 0, 0, reason);
    }

    static EnhancementResult unchanged(String className, String reason) {
        return new EnhancementResult(Status.UNCHANGED, className, null, 0, 0, reason);
    }

    static EnhancementResult refused(String className, String reason) {
        return new EnhancementResult(Status.REFUSED, className, null, 0, 0, reason);
    }

    public boolean isEnhanced() {
        return status == Status.ENHANCED;
    }

    /** One line for a log: what happened to which class, and why. */
    public String describe() {
        return switch (status) {
            case ENHANCED -> "enhanced " + className + " (" + trackedFields + " tracked field"
                    + (trackedFields == 1 ? ")" : "s)");
            case REWRITTEN -> "rewrote " + rewrittenAccesses + " field access" + (rewrittenAccesses == 1 ? "" : "es")
                    + " in " + className;
            case NOT_MANAGED -> className + " is not managed: " + reason;
            case UNCHANGED -> className + " left as it is: " + reason;
            case REFUSED -> className + " NOT enhanced: " + reason;
        };
    }
}
