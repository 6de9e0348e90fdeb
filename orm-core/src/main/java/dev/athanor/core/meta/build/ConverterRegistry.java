package dev.athanor.core.meta.build;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.meta.ConverterModel;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code AttributeConverter}s of a unit: each instantiated once, its two types read from its
 * {@code AttributeConverter<X, Y>} declaration, and the auto-applied ones found by attribute type.
 */
final class ConverterRegistry {

    private final MappingProblems problems;
    private final Map<Class<?>, Optional<ConverterModel>> byClass = new LinkedHashMap<>();
    private final Map<Class<?>, ConverterModel> autoApplied = new LinkedHashMap<>();

    ConverterRegistry(MappingProblems problems) {
        this.problems = problems;
    }

    /** Whether a managed class is a converter, to be registered rather than mapped. */
    static boolean isConverter(Class<?> type) {
        return type.isAnnotationPresent(Converter.class) || AttributeConverter.class.isAssignableFrom(type);
    }

    /** Registers a converter listed among the managed classes, auto-applied if it says so. */
    void register(Class<?> type) {
        Optional<ConverterModel> model = model(type);
        if (model.isEmpty() || !model.get().autoApply()) {
            return;
        }
        Class<?> attributeType = model.get().attributeType();
        ConverterModel previous = autoApplied.putIfAbsent(attributeType, model.get());
        if (previous != null) {
            problems.add(ErrorCode.INVALID_CONVERTER, type, null, "it is auto-applied to " + attributeType.getName()
                    + ", and so is " + previous.converterClass().getName(),
                    "Keep autoApply = true on only one of them and name the other with @Convert where it is wanted.");
        }
    }

    /** The auto-applied converter for attributes of {@code attributeType}, if any. */
    Optional<ConverterModel> autoAppliedTo(Class<?> attributeType) {
        return Optional.ofNullable(autoApplied.get(JavaTypes.boxed(attributeType)));
    }

    List<ConverterModel> autoApplied() {
        return new ArrayList<>(autoApplied.values());
    }

    /** The model of a converter class, built (and checked) on first use; empty if it cannot be used. */
    Optional<ConverterModel> model(Class<?> type) {
        Optional<ConverterModel> known = byClass.get(type);
        if (known == null) {
            known = build(type);
            byClass.put(type, known);
        }
        return known;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Optional<ConverterModel> build(Class<?> type) {
        if (!AttributeConverter.class.isAssignableFrom(type)) {
            problems.add(ErrorCode.INVALID_CONVERTER, type, null, "it is annotated @Converter but does not implement"
                    + " AttributeConverter", "Implement jakarta.persistence.AttributeConverter<X, Y>.");
            return Optional.empty();
        }
        Type[] arguments = converterArguments(type);
        if (arguments == null || !(raw(arguments[0]) instanceof Class) || !(raw(arguments[1]) instanceof Class)) {
            problems.add(ErrorCode.INVALID_CONVERTER, type, null, "its attribute and column types cannot be read"
                    + " from its declaration", "Declare it as implementing AttributeConverter<AttributeType,"
                    + " ColumnType> with concrete types.");
            return Optional.empty();
        }
        Class<?> attributeType = JavaTypes.boxed((Class<?>) raw(arguments[0]));
        Class<?> databaseType = JavaTypes.boxed((Class<?>) raw(arguments[1]));
        if (!JavaTypes.isBasic(databaseType) || JavaTypes.isLegacyTemporal(databaseType)) {
            problems.add(ErrorCode.INVALID_CONVERTER, type, null, "it converts to " + databaseType.getName()
                    + ", which is not a column type", "Convert to one of " + JavaTypes.describeBasic()
                    + " (not java.util.Date or Calendar).");
            return Optional.empty();
        }
        AttributeConverter converter;
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            converter = (AttributeConverter) constructor.newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            problems.add(ErrorCode.INVALID_CONVERTER, type, null, "it cannot be instantiated: " + e);
            return Optional.empty();
        }
        Converter annotation = type.getAnnotation(Converter.class);
        boolean autoApply = annotation != null && annotation.autoApply();
        return Optional.of(new ConverterModel(type, attributeType, databaseType, autoApply,
                converter::convertToDatabaseColumn, converter::convertToEntityAttribute));
    }

    /** The two type arguments given to AttributeConverter somewhere above {@code type}, or null. */
    private static Type[] converterArguments(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Type candidate : c.getGenericInterfaces()) {
                if (candidate instanceof ParameterizedType parameterized
                        && parameterized.getRawType() == AttributeConverter.class) {
                    return parameterized.getActualTypeArguments();
                }
            }
        }
        return null;
    }

    private static Type raw(Type type) {
        return type instanceof ParameterizedType parameterized ? parameterized.getRawType() : type;
    }
}
