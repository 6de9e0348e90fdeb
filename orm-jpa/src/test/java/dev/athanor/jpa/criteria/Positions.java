package dev.athanor.jpa.criteria;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Sets every {@code pos} of a parsed tree to -1, so that it can be compared with one Criteria built. */
final class Positions {

    private Positions() {
    }

    @SuppressWarnings("unchecked")
    static <T> T strip(T node) {
        if (node instanceof List<?> list) {
            List<Object> stripped = new ArrayList<>(list.size());
            list.forEach(item -> stripped.add(strip(item)));
            return (T) stripped;
        }
        if (node == null || !node.getClass().isRecord()) {
            return node;
        }
        try {
            RecordComponent[] components = node.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getName().equals("pos") ? -1
                        : strip(components[i].getAccessor().invoke(node));
            }
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<?> constructor = node.getClass().getDeclaredConstructor(types);
            return (T) constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + node, e);
        }
    }
}
