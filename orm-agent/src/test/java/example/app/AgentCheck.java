package example.app;

import com.sun.tools.attach.VirtualMachine;
import dev.athanor.runtime.AttributeTracker;
import dev.athanor.runtime.ManagedEntity;
import example.model.Item;
import example.model.Post;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The application AgentJarIT runs in a child JVM: it prints what enhancement did to the classes it uses.
 * Modes: none (an entity of the class path), {@code fields} (a service writing an entity's public field),
 * {@code child DIR} (an entity of a child class loader),
 * {@code broken DIR CLASS...} (classes that cannot load), {@code attach JAR} (attaches the agent itself,
 * after an entity was loaded).
 */
public final class AgentCheck {

    private AgentCheck() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length == 0 ? "local" : args[0];
        switch (mode) {
            case "local" -> local();
            case "fields" -> fields();
            case "child" -> child(Path.of(args[1]));
            case "broken" -> broken(Path.of(args[1]), Arrays.copyOfRange(args, 2, args.length));
            case "attach" -> attach(args[1]);
            default -> throw new IllegalArgumentException(mode);
        }
        System.out.println("still running");
    }

    private static void local() {
        Item item = new Item();
        System.out.println("Item managed: " + (item instanceof ManagedEntity));
        if (item instanceof ManagedEntity managed) {
            AttributeTracker tracker = new AttributeTracker(null);
            managed.$athanor$tracker(tracker);
            item.setName("lamp");
            System.out.println("Item fields: " + Arrays.toString(managed.$athanor$fields()));
            System.out.println("Item dirty after setName: " + tracker.isDirty(1) + " mask " + tracker.dirtyMask());
        }
    }

    private static void fields() {
        Post post = new Post();
        System.out.println("Post managed: " + ((Object) post instanceof ManagedEntity));
        if ((Object) post instanceof ManagedEntity managed) {
            AttributeTracker tracker = new AttributeTracker(null);
            managed.$athanor$tracker(tracker);
            Newsdesk.retitle(post, "hello");
            System.out.println("Post dirty after a service wrote its public field: " + tracker.isDirty(1) + " mask "
                    + tracker.dirtyMask() + ", title " + post.getTitle());
        }
    }

    private static void child(Path dir) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                AgentCheck.class.getClassLoader())) {
            Class<?> type = loader.loadClass("example.child.Gadget");
            System.out.println("Gadget loader is child: " + (type.getClassLoader() == loader));
            System.out.println("Gadget managed: " + ManagedEntity.class.isAssignableFrom(type));
            Object gadget = type.getConstructor().newInstance();
            if (gadget instanceof ManagedEntity managed) {
                AttributeTracker tracker = new AttributeTracker(null);
                managed.$athanor$tracker(tracker);
                type.getMethod("setName", String.class).invoke(gadget, "widget");
                System.out.println("Gadget dirty after setName: " + tracker.isDirty(0));
            }
        }
    }

    private static void broken(Path dir, String[] classes) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                AgentCheck.class.getClassLoader())) {
            for (String name : classes) {
                try {
                    loader.loadClass(name).getConstructor().newInstance();
                    System.out.println(name + " loaded");
                } catch (Throwable e) {
                    System.out.println(name + " failed: " + e.getClass().getSimpleName());
                }
            }
        }
    }

    private static void attach(String agentJar) throws Exception {
        Item early = new Item();
        VirtualMachine vm = VirtualMachine.attach(Long.toString(ProcessHandle.current().pid()));
        try {
            vm.loadAgent(agentJar, "");
        } finally {
            vm.detach();
        }
        System.out.println("Item managed after attach: " + (early instanceof ManagedEntity));
        Object gadget = Class.forName("example.child.Gadget").getConstructor().newInstance();
        System.out.println("Gadget managed after attach: " + (gadget instanceof ManagedEntity));
    }
}
