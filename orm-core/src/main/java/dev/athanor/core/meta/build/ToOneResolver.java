package dev.athanor.core.meta.build;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.Suggestions;
import dev.athanor.core.meta.ColumnModel;
import dev.athanor.core.meta.JoinColumnModel;
import java.util.List;
import java.util.Map;

/**
 * Gives each to-one its foreign key once every entity's id is known: the column is named
 * {@code <attribute>_<referenced id column>} unless {@code @JoinColumn} names it, and holds
 * values of the referenced id's type.
 */
final class ToOneResolver {

    private final MappingProblems problems;
    private final Map<Class<?>, EntityDraft> entities;

    ToOneResolver(MappingProblems problems, Map<Class<?>, EntityDraft> entities) {
        this.problems = problems;
        this.entities = entities;
    }

    void resolve(EntityDraft entity) {
        for (AttributeDraft attribute : entity.attributes) {
            if (attribute.kind.toOne()) {
                resolve(attribute);
            }
        }
    }

    private void resolve(AttributeDraft attribute) {
        AttributeDraft.JoinColumnSpec spec = attribute.joinColumnSpec;
        EntityDraft target = entities.get(spec.target());
        if (target == null) {
            problems.add(ErrorCode.NOT_AN_ENTITY_TARGET, attribute.member.declaringClass(), attribute.name(),
                    "it refers to " + spec.target().getName() + ", which is not a managed entity"
                            + Suggestions.didYouMean(spec.target().getSimpleName(),
                                    entities.keySet().stream().map(Class::getSimpleName).toList()));
            return;
        }
        List<AttributeDraft> ids = target.ids();
        if (ids.size() != 1 || ids.get(0).columns.size() != 1) {
            return; // the target's own id problem is reported already
        }
        ColumnModel referenced = ids.get(0).columns.get(0);
        if (!spec.referencedColumnName().isEmpty() && !spec.referencedColumnName().equals(referenced.name())) {
            problems.add(ErrorCode.UNSUPPORTED_MAPPING, attribute.member.declaringClass(), attribute.name(),
                    "@JoinColumn(referencedColumnName = \"" + spec.referencedColumnName() + "\") is not the id"
                            + " column '" + referenced.name() + "' of " + target.type.getSimpleName()
                            + "; foreign keys to other columns are not supported yet",
                    "Leave referencedColumnName out, or set it to '" + referenced.name() + "'.");
            return;
        }
        String name = spec.name().isEmpty() ? attribute.name() + "_" + referenced.name() : spec.name();
        ColumnModel column = new ColumnModel(name, spec.table(), spec.nullable() && attribute.optional, spec.unique(),
                ColumnModel.DEFAULT_LENGTH, referenced.precision(), referenced.scale(), spec.insertable(),
                spec.updatable(), spec.columnDefinition(), referenced.javaType(), spec.options(), spec.comment(),
                List.of(), ColumnModel.DEFAULT_SECOND_PRECISION);
        attribute.joinColumn = new JoinColumnModel(target.type, column, referenced.name());
    }
}
