package dev.athanor.core.meta.build;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.meta.AttributeModel.Fetch;
import dev.athanor.core.meta.ConverterModel;
import dev.athanor.core.meta.ValueMapping;
import dev.athanor.core.meta.ValueMapping.EnumStorage;
import dev.athanor.core.meta.ValueMapping.TemporalKind;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.Map;

/**
 * Reads a basic attribute: {@code @Id}, {@code @Version}, {@code @Basic}, {@code @Enumerated},
 * {@code @Temporal}, {@code @Lob}, {@code @Convert} (or an auto-applied converter) and its
 * column, checking that its type is one Athanor stores.
 */
final class BasicValueReader {

    private final MappingProblems problems;
    private final ConverterRegistry converters;

    BasicValueReader(MappingProblems problems, ConverterRegistry converters) {
        this.problems = problems;
        this.converters = converters;
    }

    void read(AttributeDraft draft, String table, EmbeddingOverrides overrides) {
        PersistentMember member = draft.member;
        Class<?> owner = member.declaringClass();
        draft.id = member.has(Id.class);
        draft.version = member.has(Version.class);
        Basic basic = member.annotation(Basic.class);
        if (basic != null) {
            draft.optional = basic.optional();
            draft.fetch = basic.fetch() == FetchType.LAZY ? Fetch.LAZY : Fetch.EAGER;
        }
        if (member.has(GeneratedValue.class) && !draft.id) {
            problems.add(ErrorCode.MISPLACED_ANNOTATION, owner, member.name(), "@GeneratedValue is on an attribute"
                    + " that is not the @Id", "Move @GeneratedValue to the @Id attribute.");
        }
        ConverterModel converter = converter(draft, overrides.convert(member.name()));
        Class<?> type = member.type();
        if (converter == null && !JavaTypes.isBasic(type)) {
            unsupportedType(owner, member);
            return;
        }
        if (draft.version && !JavaTypes.isVersion(type)) {
            problems.add(ErrorCode.UNSUPPORTED_VERSION_TYPE, owner, member.name(),
                    "@Version is of type " + type.getName());
        }
        draft.value = new ValueMapping(converter == null ? enumStorage(member) : null,
                converter == null ? temporal(member) : null, lob(member, converter), converter);
        Column declared = member.annotation(Column.class);
        if (declared != null && !declared.table().isEmpty() && !declared.table().equals(table) && !table.isEmpty()) {
            problems.add(ErrorCode.UNSUPPORTED_MAPPING, owner, member.name(), "@Column(table = \""
                    + declared.table() + "\") names a secondary table; Athanor maps an entity to one table so far",
                    "Remove 'table' from @Column.");
        }
        boolean notNull = draft.id || type.isPrimitive() || !draft.optional;
        draft.columns.add(ColumnFactory.basic(member.name(), declared, overrides.column(member.name()), table,
                columnType(type, draft.value), notNull));
    }

    /** @param outer a {@code @Convert(attributeName)} of the embedding or entity class, which wins; or null */
    private ConverterModel converter(AttributeDraft draft, Convert outer) {
        PersistentMember member = draft.member;
        Convert convert = outer != null ? outer : member.annotation(Convert.class);
        boolean fixedType = draft.id || draft.version || member.has(Enumerated.class) || member.has(Temporal.class);
        if (convert == null) {
            return fixedType ? null : converters.autoAppliedTo(member.type()).orElse(null);
        }
        if (convert.disableConversion()) {
            return null;
        }
        if (fixedType) {
            problems.add(ErrorCode.MISPLACED_ANNOTATION, member.declaringClass(), member.name(), "@Convert is not"
                    + " applied to @Id, @Version, @Enumerated or @Temporal attributes",
                    "Remove @Convert, or the annotation it conflicts with.");
            return null;
        }
        if (convert.converter() == AttributeConverter.class) {
            problems.add(ErrorCode.MISPLACED_ANNOTATION, member.declaringClass(), member.name(), "@Convert names no"
                    + " converter", "Name the converter: @Convert(converter = MyConverter.class).");
            return null;
        }
        ConverterModel converter = converters.model(convert.converter()).orElse(null);
        if (converter != null && !converter.attributeType().isAssignableFrom(JavaTypes.boxed(member.type()))) {
            problems.add(ErrorCode.INVALID_CONVERTER, member.declaringClass(), member.name(), "the converter "
                    + converter.converterClass().getName() + " converts " + converter.attributeType().getName()
                    + ", not " + member.type().getName(), "Use a converter whose first type argument is the"
                    + " attribute's type.");
            return null;
        }
        return converter;
    }

    private EnumStorage enumStorage(PersistentMember member) {
        Enumerated enumerated = member.annotation(Enumerated.class);
        if (!member.type().isEnum()) {
            if (enumerated != null) {
                problems.add(ErrorCode.MISPLACED_ANNOTATION, member.declaringClass(), member.name(),
                        "@Enumerated is on a " + member.type().getName() + ", which is not an enum");
            }
            return null;
        }
        return enumerated != null && enumerated.value() == EnumType.STRING ? EnumStorage.STRING : EnumStorage.ORDINAL;
    }

    private TemporalKind temporal(PersistentMember member) {
        Temporal temporal = member.annotation(Temporal.class);
        if (!JavaTypes.isLegacyTemporal(member.type())) {
            if (temporal != null) {
                problems.add(ErrorCode.MISPLACED_ANNOTATION, member.declaringClass(), member.name(), "@Temporal is on"
                        + " a " + member.type().getName() + "; it applies to java.util.Date and Calendar only");
            }
            return null;
        }
        // the specification asks for @Temporal on these; without it, the whole timestamp is kept
        if (temporal == null || temporal.value() == TemporalType.TIMESTAMP) {
            return TemporalKind.TIMESTAMP;
        }
        return temporal.value() == TemporalType.DATE ? TemporalKind.DATE : TemporalKind.TIME;
    }

    private boolean lob(PersistentMember member, ConverterModel converter) {
        if (!member.has(Lob.class)) {
            return false;
        }
        Class<?> stored = converter != null ? converter.databaseType() : member.type();
        if (stored != String.class && stored != byte[].class) {
            problems.add(ErrorCode.MISPLACED_ANNOTATION, member.declaringClass(), member.name(), "@Lob is on a "
                    + stored.getName() + "; Athanor stores String (CLOB) and byte[] (BLOB) as large objects",
                    "Remove @Lob, or convert the value to String or byte[] with @Convert.");
        }
        return true;
    }

    /** The type of the value bound to the column (see {@link dev.athanor.core.meta.ColumnModel#javaType()}). */
    private static Class<?> columnType(Class<?> type, ValueMapping value) {
        if (value.converter() != null) {
            return value.converter().databaseType();
        }
        if (value.enumStorage() != null) {
            return value.enumStorage() == EnumStorage.STRING ? String.class : Integer.class;
        }
        if (value.temporal() != null) {
            return switch (value.temporal()) {
                case DATE -> java.sql.Date.class;
                case TIME -> java.sql.Time.class;
                case TIMESTAMP -> java.sql.Timestamp.class;
            };
        }
        if (type == char[].class || type == Character[].class) {
            return String.class; // text, as the specification's basic types say
        }
        return JavaTypes.boxed(type);
    }

    private void unsupportedType(Class<?> owner, PersistentMember member) {
        Class<?> type = member.type();
        String hint = Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
                ? "Collections (@OneToMany, @ElementCollection) come with the association mapping; mark it"
                        + " @Transient for now."
                : type.isAnnotationPresent(jakarta.persistence.Entity.class)
                        ? "It is an entity: map it with @ManyToOne or @OneToOne, or mark it @Transient."
                        : "Map it with @Convert(converter = ...) to one of " + JavaTypes.describeBasic()
                                + ", or mark it @Transient.";
        problems.add(ErrorCode.UNSUPPORTED_ATTRIBUTE_TYPE, owner, member.name(),
                "its type " + member.genericType().getTypeName() + " is not one Athanor stores in a column", hint);
    }
}
