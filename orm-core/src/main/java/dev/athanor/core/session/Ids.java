package dev.athanor.core.session;

import java.math.BigDecimal;
import java.math.BigInteger;
import dev.athanor.core.meta.AttributeModel;

/** Small facts about id values: whether one is set, and converting a generated key to the id's type. */
final class Ids {

    private Ids() {
    }

    /** Null, or a primitive id left at zero, means nobody has set the id yet. */
    static boolean unset(AttributeModel idAttribute, Object id) {
        if (id == null) {
            return true;
        }
        return idAttribute.javaType().isPrimitive() && id instanceof Number n && n.longValue() == 0;
    }

    /** A generated key (a Long, a BigInteger from Connector/J...) as the id attribute's type. */
    static Object convert(Object key, Class<?> idType) {
        Class<?> type = ColumnValues.boxed(idType);
        if (key == null || type.isInstance(key)) {
            return key;
        }
        if (key instanceof Number n) {
            if (type == Long.class) {
                return n.longValue();
            }
            if (type == Integer.class) {
                return Math.toIntExact(n.longValue());
            }
            if (type == Short.class) {
                return (short) n.intValue();
            }
            if (type == BigInteger.class) {
                return new BigInteger(n.toString());
            }
            if (type == BigDecimal.class) {
                return new BigDecimal(n.toString());
            }
        }
        throw new IllegalStateException("the database returned key " + key + " (" + key.getClass().getName()
                + ") for an id of type " + idType.getName());
    }
}
