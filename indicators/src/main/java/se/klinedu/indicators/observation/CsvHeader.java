package se.klinedu.indicators.observation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A CSV file's header line read with a {@link CsvFormat}: which column of the file holds which field, or
 * the problems that keep the file from being read (an unknown or repeated column, a missing one, another
 * separator than the format's).
 */
final class CsvHeader {

    private final String[] names;
    private final Map<CsvColumn, Integer> indexOf;
    private final List<ObservationProblem> problems;

    private CsvHeader(String[] names, Map<CsvColumn, Integer> indexOf, List<ObservationProblem> problems) {
        this.names = names;
        this.indexOf = indexOf;
        this.problems = List.copyOf(problems);
    }

    /**
     * Reads a header line.
     *
     * @param names the header's cells, as the file writes them
     * @param format the format
     * @return the header, whose {@link #problems()} say whether it can be used
     */
    static CsvHeader of(String[] names, CsvFormat format, boolean responses) {
        if (names.length > 0 && names[0].startsWith("\uFEFF")) {
            names[0] = names[0].substring(1);
        }
        List<ObservationProblem> problems = new ArrayList<>();
        Map<CsvColumn, Integer> indexOf = new EnumMap<>(CsvColumn.class);
        if (names.length == 1) {
            otherSeparator(names[0], format).ifPresent(hint -> problems.add(ObservationProblem.of("line 1", hint)));
        }
        for (int i = 0; i < names.length && problems.isEmpty(); i++) {
            String name = names[i];
            if (format.ignores(name)) {
                continue;
            }
            Optional<CsvColumn> column = format.column(name);
            if (column.isEmpty()) {
                problems.add(ObservationProblem.of(place(i, name), "is not a column of observations: map it in the "
                        + "format's headerNames (to one of " + ObservationReader.CSV_HEADER + ") or list it in ignoredColumns"));
                continue;
            }
            if ((column.get() == CsvColumn.ANSWER) != responses && !isKey(column.get())) {
                problems.add(ObservationProblem.of(place(i, name), responses
                        ? "holds the " + column.get().header() + " of an observation, which a file of responses has not"
                        : "holds answers: a file of one answer per respondent is read with readResponsesCsv"));
                continue;
            }
            Integer earlier = indexOf.putIfAbsent(column.get(), i);
            if (earlier != null) {
                problems.add(ObservationProblem.of(place(i, name), "holds the " + column.get().header() + " as "
                        + place(earlier, names[earlier]).substring("line 1, ".length()) + " does"));
            }
            if (column.get() == CsvColumn.INDICATOR && format.indicator().isPresent()
                    || column.get() == CsvColumn.PERIOD && format.period().isPresent()) {
                problems.add(ObservationProblem.of(place(i, name), "the format gives every row's "
                        + column.get().header() + ": leave the column out, or the " + column.get().header() + " unset"));
            }
        }
        if (problems.isEmpty()) {
            requireColumn(CsvColumn.UNIT, indexOf, format, problems);
            if (format.indicator().isEmpty()) {
                requireColumn(CsvColumn.INDICATOR, indexOf, format, problems);
            }
            if (format.period().isEmpty()) {
                requireColumn(CsvColumn.PERIOD, indexOf, format, problems);
            }
            if (responses) {
                requireColumn(CsvColumn.ANSWER, indexOf, format, problems);
            }
        }
        return new CsvHeader(names, indexOf, problems);
    }

    /** {@return true for the columns that say what a row is of: indicator, unit, period} */
    private static boolean isKey(CsvColumn column) {
        return column == CsvColumn.INDICATOR || column == CsvColumn.UNIT || column == CsvColumn.PERIOD;
    }

    private static void requireColumn(CsvColumn column, Map<CsvColumn, Integer> indexOf, CsvFormat format,
            List<ObservationProblem> problems) {
        if (!indexOf.containsKey(column)) {
            problems.add(ObservationProblem.of("line 1", "needs a column of the " + column.header() + ", headed "
                    + format.headerNames().entrySet().stream().filter(entry -> entry.getValue() == column)
                            .map(Map.Entry::getKey).collect(Collectors.joining(" or "))));
        }
    }

    /** {@return a hint when a one-column header holds another separator than the format's} */
    private static Optional<String> otherSeparator(String header, CsvFormat format) {
        for (char separator : new char[] {';', ',', '\t'}) {
            if (separator != format.separator() && header.indexOf(separator) >= 0) {
                String name = separator == ';' ? "semicolon" : separator == ',' ? "comma" : "tab";
                return Optional.of("has one column, but looks " + name + "-separated: read it with "
                        + (separator == ';' ? "CsvFormat.swedishExcel() or " : "") + "a format whose separator is the "
                        + name);
            }
        }
        return Optional.empty();
    }

    /** {@return why the header cannot be used; empty when it can} */
    List<ObservationProblem> problems() {
        return problems;
    }

    /** {@return the number of cells every row must have} */
    int width() {
        return names.length;
    }

    /**
     * {@return a row's cells by field, in {@link CsvColumn} order, blank for a field the file lacks}
     *
     * @param cells the row's cells, {@link #width()} of them
     */
    String[] byColumn(String[] cells) {
        String[] byColumn = new String[CsvColumn.values().length];
        for (CsvColumn column : CsvColumn.values()) {
            Integer index = indexOf.get(column);
            byColumn[column.ordinal()] = index == null ? "" : cells[index];
        }
        return byColumn;
    }

    /**
     * {@return where a row's field stands in the file, by the file's own column number and header name, such as
     * {@code line 3, column 2 (Enhet)}}
     *
     * @param line the row's line
     * @param column the field
     */
    String place(int line, CsvColumn column) {
        Integer index = indexOf.get(column);
        return index == null ? "line " + line + " (no " + column.header() + " column)"
                : "line " + line + ", column " + (index + 1) + " (" + shortened(names[index]) + ")";
    }

    private static String place(int index, String name) {
        return "line 1, column " + (index + 1) + " (" + shortened(name) + ")";
    }

    private static String shortened(String name) {
        return name.length() <= 60 ? name : name.substring(0, 60) + "…";
    }
}
