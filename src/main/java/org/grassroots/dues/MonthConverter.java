package org.grassroots.dues;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.LocalDate;
import java.time.YearMonth;

/** A month is stored as its first day (a {@code date} column with a check that the day is 1). */
@Converter
class MonthConverter implements AttributeConverter<YearMonth, LocalDate> {

    @Override
    public LocalDate convertToDatabaseColumn(YearMonth month) {
        return month == null ? null : month.atDay(1);
    }

    @Override
    public YearMonth convertToEntityAttribute(LocalDate day) {
        return day == null ? null : YearMonth.from(day);
    }
}
