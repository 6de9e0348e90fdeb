package dev.athanor.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a command line in a child JVM and keeps its exit status and output; the integration tests' launcher. */
final class ChildJvm {

    static final String NL = System.lineSeparator();

    private ChildJvm() {
    }

    /** Runs the {@code java} of the JVM running the tests. */
    static Run java(Path scratch, String... args) throws IOException, InterruptedException {
        return java(Path.of(System.getProperty("java.home")), scratch, args);
    }

    /** Runs the {@code java} of the JDK at {@code javaHome}, with the output kept in files in {@code scratch}. */
    static Run java(Path javaHome, Path scratch, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin").resolve("java").toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile(scratch, "out", ".txt");
        Path err = Files.createTempFile(scratch, "err", ".txt");
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out after 60 s: " + command);
        }
        return new Run(command, process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** What a child JVM did. */
    record Run(List<String> command, int exit, String out, String err) {
        @Override
        public String toString() {
            return String.join(" ", command) + NL + "exit " + exit + NL + "stdout:" + NL + out + "stderr:" + NL + err;
        }
    }
}
