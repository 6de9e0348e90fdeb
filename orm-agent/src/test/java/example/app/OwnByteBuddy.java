package example.app;

import dev.athanor.runtime.AttributeTracker;
import dev.athanor.runtime.ManagedEntity;
import example.model.Item;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.implementation.FixedValue;
import net.bytebuddy.matcher.ElementMatchers;

/**
 * An application that uses its own (unshaded) Byte Buddy while the agent, which carries a relocated
 * copy, enhances its entities: both work side by side. Run by {@code EnhancingAgentIT}.
 */
public final class OwnByteBuddy {

    private OwnByteBuddy() {
    }

    public static void main(String[] args) throws Exception {
        Class<?> generated = new ByteBuddy().subclass(Object.class)
                .method(ElementMatchers.named("toString")).intercept(FixedValue.value("made by the application"))
                .make().load(OwnByteBuddy.class.getClassLoader()).getLoaded();
        System.out.println(generated.getDeclaredConstructor().newInstance());
        Item item = new Item();
        AttributeTracker tracker = new AttributeTracker(null);
        ((ManagedEntity) (Object) item).$athanor$tracker(tracker);
        item.setName("changed");
        System.out.println("Item managed: " + (item instanceof ManagedEntity) + ", dirty: " + tracker.isDirty());
    }
}
