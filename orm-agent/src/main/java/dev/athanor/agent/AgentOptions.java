package dev.athanor.agent;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The options the agent was started with, parsed once from the string after the jar in
 * {@code -javaagent:orm-agent.jar=OPTIONS} (or the argument of a dynamic attach).
 *
 * <p>{@code OPTIONS} is a comma-separated list; blanks around each option are ignored, and so are
 * empty entries such as a trailing comma:
 * <ul>
 *   <li>{@code verbose} &mdash; the agent reports what it does on standard error;</li>
 *   <li>{@code packages=PKG[:PKG...]} &mdash; only classes in these packages (and their subpackages)
 *       are considered for enhancement. Packages are separated by a colon, never a semicolon, so
 *       that the option needs no quoting in a Unix shell; for example
 *       {@code -javaagent:orm-agent.jar=verbose,packages=com.example.model:com.example.audit}.
 *       The option may be given more than once; the packages add up. Without it, every package
 *       is considered.</li>
 * </ul>
 *
 * <p>Parsing never fails: an unknown option, or a malformed value, is reported (naming the option and
 * the known ones) and skipped, because an agent must not stop the JVM it was attached to.
 *
 * @param verbose  whether the agent reports what it does on standard error
 * @param packages the packages to consider, in the order given and without repeats; empty means all
 */
public record AgentOptions(boolean verbose, List<String> packages) {

    /** The options of an agent started without an options string. */
    public static final AgentOptions DEFAULTS = new AgentOptions(false, List.of());

    /** The known options as they appear in messages and in the usage text. */
    static final String KNOWN_OPTIONS = "verbose, packages=PKG[:PKG...]";

    private static final String VERBOSE = "verbose";
    private static final String PACKAGES = "packages";

    /**
     * Keeps an unmodifiable copy of {@code packages}.
     *
     * @param verbose  whether the agent reports what it does on standard error
     * @param packages the packages to consider; empty means all
     * @throws NullPointerException if {@code packages} or one of its elements is {@code null}
     */
    public AgentOptions {
        packages = List.copyOf(packages);
    }

    /**
     * Parses an agent options string.
     *
     * @param options  the string after {@code =} in {@code -javaagent:...=OPTIONS}; {@code null} or blank
     *                 gives {@link #DEFAULTS}
     * @param problems receives one human-readable message for each option that was skipped
     * @return the options that could be understood
     */
    public static AgentOptions parse(String options, Consumer<String> problems) {
        if (options == null || options.isBlank()) {
            return DEFAULTS;
        }
        boolean verbose = false;
        Set<String> packages = new LinkedHashSet<>();
        for (String entry : options.split(",")) {
            String option = entry.strip();
            if (option.isEmpty()) {
                continue;
            }
            int equals = option.indexOf('=');
            String name = equals < 0 ? option : option.substring(0, equals).strip();
            String value = equals < 0 ? null : option.substring(equals + 1).strip();
            switch (name) {
                case VERBOSE -> {
                    if (value == null) {
                        verbose = true;
                    } else {
                        problems.accept("option 'verbose' takes no value, but was given '" + option
                                + "'; write just 'verbose'. Ignored it.");
                    }
                }
                case PACKAGES -> packages.addAll(parsePackages(option, value, problems));
                default -> problems.accept("unknown option '" + option + "' ignored; the known options are: "
                        + KNOWN_OPTIONS);
            }
        }
        return new AgentOptions(verbose, new ArrayList<>(packages));
    }

    private static List<String> parsePackages(String option, String value, Consumer<String> problems) {
        if (value == null || value.isEmpty()) {
            problems.accept("option 'packages' needs at least one package, as in 'packages=com.example.model'"
                    + "; ignored '" + option + "'");
            return List.of();
        }
        List<String> packages = new ArrayList<>();
        for (String part : value.split(":", -1)) {
            String name = part.strip();
            if (isPackageName(name)) {
                packages.add(name);
            } else {
                String hint = name.indexOf(';') >= 0 ? " (separate packages with ':', not ';')" : "";
                problems.accept("option 'packages': '" + name + "' is not a package name" + hint
                        + "; ignored it");
            }
        }
        return packages;
    }

    private static boolean isPackageName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (String identifier : name.split("\\.", -1)) {
            if (identifier.isEmpty() || !Character.isJavaIdentifierStart(identifier.codePointAt(0))
                    || !identifier.codePoints().skip(1).allMatch(Character::isJavaIdentifierPart)) {
                return false;
            }
        }
        return true;
    }
}
