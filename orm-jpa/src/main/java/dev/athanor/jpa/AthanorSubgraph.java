package dev.athanor.jpa;

import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.Metadata;
import jakarta.persistence.Subgraph;
import java.util.List;

/** The part of an entity graph for an association's target entity or an embedded value. */
public final class AthanorSubgraph<T> extends AthanorGraph<T> implements Subgraph<T> {

    @SuppressWarnings("unchecked")
    AthanorSubgraph(Metadata metadata, Class<?> type, List<AttributeModel> attributes) {
        super(metadata, (Class<T>) type, attributes);
    }

    @Override
    public Class<T> getClassType() {
        return type();
    }
}
