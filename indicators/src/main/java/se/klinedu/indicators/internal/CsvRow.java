package se.klinedu.indicators.internal;

import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import se.klinedu.core.InvalidInputException;

/**
 * The cells of one CSV row, read with their column: a failure to read a cell throws a
 * {@link CsvCellException} naming the column.
 *
 * @param cells the row's cells
 */
public record CsvRow(String[] cells) {

    /**
     * {@return true when the cell is not blank}
     *
     * @param column the 0-based column
     */
    public boolean has(int column) {
        return !cells[column].isBlank();
    }

    /**
     * Reads a cell that must not be blank.
     *
     * @param <T> the value's type
     * @param column the 0-based column
     * @param parse reads the stripped cell
     * @return the value
     * @throws CsvCellException if the cell is blank or cannot be read
     */
    public <T> T required(int column, Function<String, T> parse) {
        if (!has(column)) {
            throw new CsvCellException(column, "is required");
        }
        return at(column, () -> parse.apply(cells[column].strip()));
    }

    /**
     * Reads a cell that may be blank.
     *
     * @param <T> the value's type
     * @param column the 0-based column
     * @param parse reads the stripped cell
     * @return the value, or empty for a blank cell
     * @throws CsvCellException if the cell cannot be read
     */
    public <T> Optional<T> optional(int column, Function<String, T> parse) {
        return has(column) ? Optional.of(required(column, parse)) : Optional.empty();
    }

    /**
     * Builds a value from cells, blaming a column if it fails.
     *
     * @param <T> the value's type
     * @param column the 0-based column a failure is reported at
     * @param value builds the value
     * @return the value
     * @throws CsvCellException if building fails with bad input
     */
    public <T> T at(int column, Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidInputException e) {
            throw new CsvCellException(column, e.reason());
        } catch (DateTimeParseException e) {
            throw new CsvCellException(column, "must be a date such as 2024-03-01, was " + cells[column].strip());
        } catch (IllegalArgumentException e) {
            throw new CsvCellException(column, "is not allowed here, was " + cells[column].strip());
        }
    }
}
