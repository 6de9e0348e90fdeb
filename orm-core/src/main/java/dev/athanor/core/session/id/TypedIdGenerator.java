package dev.athanor.core.session.id;

import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;

/**
 * One entity's view of a shared numeric generator: its values converted to that entity's id type.
 * Entities sharing a sequence may declare different id types; the numbers are shared, the type is not.
 */
final class TypedIdGenerator implements IdGenerator {

    private final IdGenerator numbers;
    private final IdType type;
    private final String attribute;

    TypedIdGenerator(IdGenerator numbers, IdType type, String attribute) {
        this.numbers = numbers;
        this.type = type;
        this.attribute = attribute;
    }

    @Override
    public Object next() {
        long value = (Long) numbers.next();
        if (!type.fits(value)) {
            throw new AthanorException(ErrorMessage.of(ErrorCode.ID_OUT_OF_RANGE, "the next id " + value
                    + " does not fit " + type.name().toLowerCase(java.util.Locale.ROOT))
                    .detail("id attribute", attribute)
                    .detail("generator", numbers));
        }
        return type.convert(value);
    }

    /** The shared generator under this view. */
    IdGenerator numbers() {
        return numbers;
    }

    @Override
    public String toString() {
        return numbers + " as " + type + " for " + attribute;
    }
}
