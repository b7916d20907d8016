package se.klinedu.indicators.internal;

/**
 * A CSV cell that cannot be read, by its 0-based column; the reader turns it into a located problem.
 */
public final class CsvCellException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int column;

    /**
     * Creates the exception.
     *
     * @param column the 0-based column
     * @param message what is wrong with the cell
     */
    public CsvCellException(int column, String message) {
        super(message, null, false, false);
        this.column = column;
    }

    /**
     * {@return the 0-based column}
     */
    public int column() {
        return column;
    }
}
