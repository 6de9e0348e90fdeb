package dev.athanor.agent.enhance;

import java.io.PrintStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.function.Supplier;

/**
 * Reports problems as warnings on the logger {@code dev.athanor.ENHANCE} and, when verbose, one line per
 * class enhanced, rewritten (or deliberately left as it is) on standard error, prefixed {@code [athanor-agent] }.
 * Never throws: warnings go to standard error when no logger can be had, and a failing standard error is
 * ignored.
 */
public final class LoggingEnhancementListener implements EnhancementListener {

    /** The logger name, as the README lists it. */
    public static final String LOGGER = "dev.athanor.ENHANCE";

    private static final String PREFIX = "[athanor-agent] ";

    private final boolean verbose;
    private final PrintStream err;
    private final Supplier<Logger> loggers;
    private volatile Logger logger;

    /**
     * @param verbose whether to print what was enhanced (and what was left as it is) on {@code err}
     * @param err     where verbose lines go, and warnings when the logger cannot be had
     */
    public LoggingEnhancementListener(boolean verbose, PrintStream err) {
        this(verbose, err, () -> System.getLogger(LOGGER));
    }

    LoggingEnhancementListener(boolean verbose, PrintStream err, Supplier<Logger> loggers) {
        this.verbose = verbose;
        this.err = err;
        this.loggers = loggers;
    }

    @Override
    public void onResult(EnhancementResult result) {
        try {
            switch (result.status()) {
                case ENHANCED, REWRITTEN, UNCHANGED -> {
                    if (verbose) {
                        print(result.describe());
                    }
                }
                case REFUSED -> warn(result.describe());
                case NOT_MANAGED -> {
                }
            }
        } catch (Throwable ignored) {
            // a listener that throws would throw into class loading
        }
    }

    @Override
    public void onError(String className, Throwable error) {
        try {
            warn(className + " NOT enhanced: the enhancer failed with " + error
                    + "; the class loads as it is. Please report this with the class file.");
        } catch (Throwable ignored) {
            // see onResult
        }
    }

    @Override
    public void onWarning(String message) {
        try {
            warn(message);
        } catch (Throwable ignored) {
            // see onResult
        }
    }

    private void warn(String message) {
        Logger target = logger();
        if (target != null) {
            target.log(Level.WARNING, message);
        } else {
            print("WARNING " + message);
        }
    }

    /** The logger, looked up when first needed: the first warning is rare, and logging may start late. */
    private Logger logger() {
        Logger current = logger;
        if (current == null) {
            try {
                current = loggers.get();
                logger = current;
            } catch (Throwable unavailable) {
                return null;
            }
        }
        return current;
    }

    private void print(String line) {
        err.println(PREFIX + line);
    }
}
