package dev.athanor.agent.enhance;

/**
 * Hears what the enhancement did. Implementations must not throw: they are called from inside the JVM's
 * class loading, where an exception would be swallowed at best.
 */
public interface EnhancementListener {

    /** Hears nothing. */
    EnhancementListener NONE = new EnhancementListener() {
        @Override
        public void onResult(EnhancementResult result) {
        }

        @Override
        public void onError(String className, Throwable error) {
        }

        @Override
        public void onWarning(String message) {
        }
    };

    /** The result for each class considered, managed or not (not called for classes skipped by name). */
    void onResult(EnhancementResult result);

    /** The enhancement of {@code className} failed unexpectedly; the class loads as it is. */
    void onError(String className, Throwable error);

    /** A problem that is about no one class, such as a class loader that cannot see the runtime. */
    void onWarning(String message);
}
