package dev.athanor.it.query.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Booleans stored as {@code 'Y'}/{@code 'N'}: a query comparing with a boolean must convert its operand. */
@Converter
public class YesNoConverter implements AttributeConverter<Boolean, String> {

    @Override
    public String convertToDatabaseColumn(Boolean value) {
        return value == null ? null : value ? "Y" : "N";
    }

    @Override
    public Boolean convertToEntityAttribute(String column) {
        return column == null ? null : column.equals("Y");
    }
}
