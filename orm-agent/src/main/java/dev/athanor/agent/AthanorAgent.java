package dev.athanor.agent;

import dev.athanor.agent.enhance.LoggingEnhancementListener;
import java.io.PrintStream;
import java.lang.instrument.Instrumentation;
import java.util.List;
import java.util.Optional;

/**
 * The entry point the JVM calls when {@code orm-agent.jar} is attached, however that happens:
 * <ul>
 *   <li>{@code java -javaagent:orm-agent.jar[=OPTIONS] ...} calls {@link #premain} before the
 *       application's {@code main};</li>
 *   <li>a dynamic attach to a running JVM calls {@link #agentmain};</li>
 *   <li>{@code java -jar} on a jar whose manifest names this class as {@code Launcher-Agent-Class}
 *       also calls {@link #agentmain}, before that jar's {@code main}.</li>
 * </ul>
 * The options string is described by {@link AgentOptions}. The agent registers an
 * {@link EnhancingTransformer}: every entity, embeddable (not a record) and mapped superclass loaded from
 * then on is enhanced as it loads, so that the session learns of each change and each read of an unloaded
 * attribute. Problems go to the logger {@code dev.athanor.ENHANCE}; with {@code verbose}, each class
 * enhanced is listed on standard error.
 *
 * <p>Attached to a running JVM, the agent cannot change the classes loaded already; the managed ones among
 * them are listed in one warning.
 *
 * <p>Nothing here throws into the JVM: a problem is reported on standard error, prefixed with
 * {@code [athanor-agent]}, and the application starts as it would have without the agent.
 */
public final class AthanorAgent {

    private static final String PREFIX = "[athanor-agent] ";

    private static volatile AgentOptions options;

    private AthanorAgent() {
    }

    /**
     * Called by the JVM for {@code -javaagent:orm-agent.jar[=OPTIONS]}, before the application's
     * {@code main}.
     *
     * @param agentArgs       the options string, or {@code null} when none was given
     * @param instrumentation the JVM's instrumentation service
     */
    public static void premain(String agentArgs, Instrumentation instrumentation) {
        start(agentArgs, "premain", instrumentation, System.err);
    }

    /**
     * Called by the JVM when the agent is attached to a running JVM, and for a jar naming this class as
     * its {@code Launcher-Agent-Class}.
     *
     * @param agentArgs       the options string, or {@code null} or empty when none was given
     * @param instrumentation the JVM's instrumentation service
     */
    public static void agentmain(String agentArgs, Instrumentation instrumentation) {
        start(agentArgs, "agentmain", instrumentation, System.err);
    }

    /**
     * Returns the options this agent was started with in this JVM.
     *
     * @return the options, or empty when the agent has not been started in this class loader
     */
    public static Optional<AgentOptions> options() {
        return Optional.ofNullable(options);
    }

    /**
     * Parses and remembers the options and, given an instrumentation, starts enhancing; reports every problem
     * to {@code err} and throws nothing.
     */
    static void start(String agentArgs, String entryPoint, Instrumentation instrumentation, PrintStream err) {
        try {
            AgentOptions parsed = AgentOptions.parse(agentArgs, problem -> err.println(PREFIX + problem));
            options = parsed;
            if (parsed.verbose()) {
                err.println(PREFIX + AgentVersion.banner() + " started by " + entryPoint + " with " + parsed);
            }
            if (instrumentation != null) {
                LoggingEnhancementListener listener = new LoggingEnhancementListener(parsed.verbose(), err);
                EnhancingTransformer transformer = new EnhancingTransformer(parsed, listener);
                boolean attached = entryPoint.equals("agentmain");
                // listed before and after adding the transformer, so that no class loaded in between is missed:
                // code loaded later must not call accessors these classes never got
                if (attached) {
                    transformer.loadedBeforeAttach(
                            LoadedBeforeAttach.managedClasses(instrumentation.getAllLoadedClasses()));
                }
                instrumentation.addTransformer(transformer, false);
                if (attached) {
                    List<String> before = LoadedBeforeAttach.managedClasses(instrumentation.getAllLoadedClasses());
                    transformer.loadedBeforeAttach(before);
                    String warning = LoadedBeforeAttach.warning(before);
                    if (warning != null) {
                        listener.onWarning(warning);
                    }
                }
            }
        } catch (Throwable failure) {
            // An agent that throws aborts the JVM it was attached to; the application should still start.
            err.println(PREFIX + "the agent could not start and does nothing: " + failure);
        }
    }
}
