package dev.athanor.core.meta;

import dev.athanor.core.error.Suggestions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The attributes of an entity or embeddable in index order, with a lookup by name; shared by
 * {@link EntityModel} and {@link EmbeddableModel}.
 */
final class Attributes {

    private final Class<?> owner;
    private final List<AttributeModel> list;
    private final Map<String, AttributeModel> byName = new LinkedHashMap<>();

    Attributes(Class<?> owner, List<AttributeModel> attributes) {
        this.owner = owner;
        this.list = List.copyOf(attributes);
        for (int i = 0; i < list.size(); i++) {
            AttributeModel attribute = list.get(i);
            if (attribute.index() != i) {
                throw new IllegalArgumentException(owner.getName() + "." + attribute.name() + " has index "
                        + attribute.index() + " at position " + i);
            }
            if (byName.put(attribute.name(), attribute) != null) {
                throw new IllegalArgumentException(owner.getName() + " has two attributes named " + attribute.name());
            }
        }
    }

    List<AttributeModel> list() {
        return list;
    }

    Optional<AttributeModel> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    AttributeModel get(String name) {
        AttributeModel attribute = byName.get(name);
        if (attribute == null) {
            throw new IllegalArgumentException(owner.getName() + " has no persistent attribute '" + name + "'."
                    + Suggestions.didYouMean(name, byName.keySet()) + " Its attributes: " + byName.keySet());
        }
        return attribute;
    }
}
