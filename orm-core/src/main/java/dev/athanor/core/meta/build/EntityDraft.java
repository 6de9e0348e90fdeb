package dev.athanor.core.meta.build;

import dev.athanor.core.meta.AttributeModel.AccessKind;
import dev.athanor.core.meta.EntityModel;
import dev.athanor.core.meta.IdGeneration;
import dev.athanor.core.meta.InheritanceModel;
import dev.athanor.core.meta.TableDefinition;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;

/** An entity while the metadata is being read; {@link #freeze()} makes its {@link EntityModel}. */
final class EntityDraft {

    final Class<?> type;
    final String name;
    final EntityModel.TableName table;
    final AccessKind access;
    /** The mapped superclasses, nearest first. */
    final List<Class<?>> supertypes;
    final List<AttributeDraft> attributes = new ArrayList<>();
    IdGeneration idGeneration = new IdGeneration.Assigned();
    MethodHandle constructor;
    /** Read once the columns are known, to check the columns its indexes and constraints name. */
    TableDefinition tableDefinition = TableDefinition.NONE;
    /** The nearest entity superclass, null for none; the topmost entity class (itself when none). */
    Class<?> parent;
    Class<?> root;
    boolean abstractClass;
    /** {@code @DiscriminatorValue}, or null. */
    String discriminatorValue;
    /** On a root: its discriminator column (the default unless declared), and whether it declares a hierarchy. */
    InheritanceModel.DiscriminatorModel discriminator;
    boolean declaresInheritance;
    /** Set by {@link HierarchyLinker} for the classes of a hierarchy. */
    InheritanceModel inheritance;

    EntityDraft(Class<?> type, String name, EntityModel.TableName table, AccessKind access, List<Class<?>> supertypes) {
        this.type = type;
        this.name = name;
        this.table = table;
        this.access = access;
        this.supertypes = List.copyOf(supertypes);
    }

    List<AttributeDraft> ids() {
        return attributes.stream().filter(a -> a.id).toList();
    }

    EntityModel freeze() {
        return new EntityModel(name, type, table, idGeneration, AttributeDraft.freezeAll(attributes), supertypes,
                access, constructor, tableDefinition, inheritance);
    }
}
