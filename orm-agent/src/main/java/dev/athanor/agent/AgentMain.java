package dev.athanor.agent;

import java.io.PrintStream;

/**
 * What {@code java -jar orm-agent.jar} does: the agent jar is not an application, so it prints its
 * version ({@code --version}) or how to attach it ({@code --help}, or no argument) and exits.
 *
 * <p>Exit status: 0 after {@code --version}, {@code --help} or no argument; 2 for anything else,
 * with the usage on standard error.
 */
public final class AgentMain {

    /** The exit status for a command line this program does not understand. */
    static final int USAGE_ERROR = 2;

    private AgentMain() {
    }

    /**
     * Runs the command line.
     *
     * @param args {@code --version}, {@code --help}, or nothing
     */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the command line against the given streams and returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.print(usage());
            return 0;
        }
        if (args.length == 1 && args[0].equals("--version")) {
            out.println(AgentVersion.banner());
            return 0;
        }
        err.println(args.length == 1
                ? "orm-agent: unknown argument '" + args[0] + "'"
                : "orm-agent: expected one argument, got " + args.length + ": " + String.join(" ", args));
        err.print(usage());
        return USAGE_ERROR;
    }

    /** Returns how to attach the agent and which options it takes. */
    static String usage() {
        String n = System.lineSeparator();
        return AgentVersion.banner() + ": the Java agent for Athanor entity classes." + n
                + n
                + "Attach it when the JVM starts:" + n
                + "  java -javaagent:/path/to/orm-agent.jar[=OPTIONS] -cp <your classpath> <your main class>" + n
                + "or in Maven Surefire/Failsafe:" + n
                + "  <argLine>-javaagent:/path/to/orm-agent.jar</argLine>" + n
                + "It can also be loaded into a running JVM through the Attach API (agentmain)." + n
                + n
                + "OPTIONS is a comma-separated list:" + n
                + "  verbose                 report what the agent does on standard error" + n
                + "  packages=PKG[:PKG...]   consider only classes in these packages and their subpackages;" + n
                + "                          separate packages with ':' (default: all packages)" + n
                + "  e.g. -javaagent:orm-agent.jar=verbose,packages=com.example.model:com.example.audit" + n
                + n
                + "Commands of this jar:" + n
                + "  java -jar orm-agent.jar --version   print the version" + n
                + "  java -jar orm-agent.jar --help      print this text" + n;
    }
}
