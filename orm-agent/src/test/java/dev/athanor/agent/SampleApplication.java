package dev.athanor.agent;

/**
 * A stand-in application that {@link AgentJarIT} starts in a child JVM, with and without the agent: it
 * prints what the agent it finds on the class path remembered.
 */
public final class SampleApplication {

    private SampleApplication() {
    }

    public static void main(String[] args) {
        System.out.println("sample application ran");
        System.out.println("agent options: " + AthanorAgent.options().map(AgentOptions::toString).orElse("none"));
    }
}
