package se.klinedu.indicators.observation;

import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import se.klinedu.core.Counts;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.core.period.StrategyPeriod;
import se.klinedu.core.strategy.OrebroStrategy;
import se.klinedu.indicators.internal.CsvCellException;
import se.klinedu.indicators.internal.CsvRow;
import se.klinedu.indicators.internal.Positioned;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads observations from CSV and JSON, and checks observations built in Java, against a catalogue of
 * indicators. Every bad row or item is reported, not only the first.
 *
 * <p>A problem is: a row or item that cannot be read (its CSV line and column, or its JSON path); an
 * indicator the catalogue lacks; a value of the wrong kind for the indicator's target; a period outside
 * the strategy period 2021–2030; a second observation of the same indicator, unit and period (the
 * problem names both). The CSV format is a header line {@value #CSV_HEADER} and one row per observation;
 * empty cells are absent values. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ObservationReader {

    /** The header line a CSV file of observations starts with. */
    public static final String CSV_HEADER = "indicator,unit,period,numerator,denominator,done,date,review";

    private static final List<String> COLUMNS = List.of(CSV_HEADER.split(","));
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    private final IndicatorCatalogue catalogue;
    private final StrategyPeriod strategyPeriod;

    private ObservationReader(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
        this.strategyPeriod = OrebroStrategy.load().period();
    }

    /**
     * Obtains a reader for a catalogue.
     *
     * @param catalogue the indicators observations may be of, not null
     * @return the reader
     */
    public static ObservationReader of(IndicatorCatalogue catalogue) {
        return new ObservationReader(Objects.requireNonNull(catalogue, "catalogue"));
    }

    /**
     * Checks observations built in Java. Problems are located as {@code observations[i]}.
     *
     * @param observations the observations, not null
     * @return the batch: the observations without problems and every problem
     */
    public ObservationBatch check(List<Observation> observations) {
        Objects.requireNonNull(observations, "observations");
        return checked(observations, i -> i, i -> "observations[" + i + "]", List.of());
    }

    /**
     * Reads a JSON array of observations. Problems are located by JSON path, such as {@code $[2].counts}.
     *
     * @param json the JSON text, not null
     * @return the batch: the observations without problems and every problem
     */
    public ObservationBatch readJson(String json) {
        Objects.requireNonNull(json, "json");
        KlineduJson codec = KlineduJson.standard();
        List<JsonNode> items;
        try {
            items = codec.readList(json, JsonNode.class);
        } catch (InvalidInputException e) {
            return ObservationBatch.of(List.of(), List.of(ObservationProblem.of(e.path(), e.reason())));
        }
        List<Observation> read = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<Positioned<ObservationProblem>> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            try {
                read.add(codec.read(items.get(i).toString(), Observation.class));
                positions.add(i);
            } catch (InvalidInputException e) {
                problems.add(new Positioned<>(i, ObservationProblem.of("$[" + i + "]" + e.path().substring(1), e.reason())));
            }
        }
        return checked(read, positions::get, i -> "$[" + i + "]", problems);
    }

    /**
     * Reads CSV: the header {@value #CSV_HEADER}, then one observation per row. Problems are located by line
     * and column, such as {@code line 3, column 4 (numerator)}.
     *
     * @param csv the CSV text, not null
     * @return the batch: the observations without problems and every problem
     */
    public ObservationBatch readCsv(String csv) {
        return readCsv(new StringReader(Objects.requireNonNull(csv, "csv")));
    }

    /**
     * Reads CSV from a reader, which the caller closes.
     *
     * @param csv the CSV text, not null
     * @return the batch: the observations without problems and every problem
     * @see #readCsv(String)
     */
    public ObservationBatch readCsv(Reader csv) {
        Objects.requireNonNull(csv, "csv");
        List<Observation> read = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<Positioned<ObservationProblem>> problems = new ArrayList<>();
        try (MappingIterator<String[]> rows = CSV.readerFor(String[].class).readValues(csv)) {
            if (!rows.hasNextValue()) {
                return ObservationBatch.of(List.of(), List.of(ObservationProblem.of("line 1", "must be the header " + CSV_HEADER)));
            }
            String[] header = rows.nextValue();
            if (!Arrays.asList(header).equals(COLUMNS)) {
                return ObservationBatch.of(List.of(), List.of(ObservationProblem.of("line 1",
                        "must be the header " + CSV_HEADER + ", was " + String.join(",", header))));
            }
            while (rows.hasNextValue()) {
                int line = rows.currentLocation().getLineNr();
                String[] cells = rows.nextValue();
                try {
                    read.add(observationOf(cells));
                    lines.add(line);
                } catch (CsvCellException e) {
                    problems.add(new Positioned<>(line, ObservationProblem.of("line " + line + ", column " + (e.column() + 1)
                            + " (" + COLUMNS.get(e.column()) + ")", e.getMessage())));
                } catch (InvalidInputException e) {
                    problems.add(new Positioned<>(line, ObservationProblem.of("line " + line, e.getMessage())));
                }
            }
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "CSV" : "line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            List<ObservationProblem> found = new ArrayList<>(problems.stream().map(Positioned::value).toList());
            found.add(ObservationProblem.of(where, "cannot be read: " + e.getOriginalMessage()));
            return ObservationBatch.of(List.of(), found);
        }
        return checked(read, lines::get, line -> "line " + line, problems);
    }

    private static Observation observationOf(String[] cells) {
        if (cells.length != COLUMNS.size()) {
            throw InvalidInputException.of("row", "must have " + COLUMNS.size() + " cells", cells.length);
        }
        CsvRow row = new CsvRow(cells);
        ImmutableObservation.Builder builder = Observation.builder()
                .indicator(row.required(0, IndicatorId::of))
                .unit(row.required(1, OrganisationUnitId::of))
                .period(row.required(2, ReportingPeriod::parse));
        if (row.has(3) || row.has(4)) {
            long numerator = row.required(3, ObservationReader::wholeNumber);
            long denominator = row.required(4, ObservationReader::wholeNumber);
            // Counts names the denominator when it is negative, else the numerator
            builder.counts(row.at(denominator < 0 ? 4 : 3, () -> Counts.of(numerator, denominator)));
        }
        if (row.has(5) || row.has(6)) {
            boolean done = row.required(5, ObservationReader::bool);
            Optional<LocalDate> date = row.optional(6, LocalDate::parse);
            builder.milestone(row.at(6, () -> Milestone.fromJson(done, date)));
        }
        row.optional(7, ReviewOutcome::valueOf).ifPresent(builder::review);
        return builder.build();
    }

    private static long wholeNumber(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("value", "must be a whole number", value);
        }
    }

    private static boolean bool(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw InvalidInputException.of("value", "must be true or false", value);
        };
    }

    /**
     * Checks read observations and merges their problems with those found while reading, in input order.
     *
     * @param position the position in the input (index or line) of the i-th observation
     * @param location the location of a position
     */
    private ObservationBatch checked(List<Observation> observations, IntUnaryOperator position, IntFunction<String> location,
            List<Positioned<ObservationProblem>> earlier) {
        List<Positioned<ObservationProblem>> problems = new ArrayList<>(earlier);
        List<Observation> accepted = new ArrayList<>();
        Map<ObservationKey, Integer> seen = new HashMap<>();
        for (int i = 0; i < observations.size(); i++) {
            Observation observation = observations.get(i);
            Optional<String> problem = problemOf(observation);
            Integer first = seen.putIfAbsent(observation.key(), i);
            if (problem.isEmpty() && first != null) {
                problem = Optional.of("same indicator, unit and period as " + location.apply(position.applyAsInt(first))
                        + " (" + observation.key() + ")");
            }
            if (problem.isPresent()) {
                problems.add(new Positioned<>(position.applyAsInt(i),
                        ObservationProblem.of(location.apply(position.applyAsInt(i)), problem.get())));
            } else {
                accepted.add(observation);
            }
        }
        problems.sort(Comparator.comparingInt(Positioned::position));
        return ObservationBatch.of(accepted, problems.stream().map(Positioned::value).toList());
    }

    private Optional<String> problemOf(Observation observation) {
        Optional<Indicator> indicator = catalogue.find(observation.indicator());
        if (indicator.isEmpty()) {
            return Optional.of("indicator " + observation.indicator() + " is not in the catalogue");
        }
        if (!observation.fits(indicator.get().target().kind())) {
            return Optional.of("indicator " + observation.indicator() + " has a " + indicator.get().target().kind()
                    + " target and needs " + (indicator.get().target().kind().isObservedAsCounts() ? "counts"
                    : indicator.get().target().kind().name().toLowerCase(Locale.ROOT)));
        }
        if (!strategyPeriod.contains(observation.period())) {
            return Optional.of("period " + observation.period() + " is outside the strategy period " + strategyPeriod);
        }
        return Optional.empty();
    }
}
