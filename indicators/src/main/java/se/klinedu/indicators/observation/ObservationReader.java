package se.klinedu.indicators.observation;

import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.klinedu.core.Counts;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.json.JsonEnum;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.organisation.OrganisationUnit;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.core.period.StrategyPeriod;
import se.klinedu.indicators.internal.CsvCellException;
import se.klinedu.indicators.internal.CsvRow;
import se.klinedu.indicators.internal.Positioned;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;
import se.klinedu.indicators.target.TargetKind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads observations from CSV and JSON, and checks observations built in Java, against a catalogue of
 * indicators. Every bad row or item is reported, not only the first.
 *
 * <p>A problem is: a row or item that cannot be read (its CSV line and column, or its JSON path); an
 * indicator the catalogue lacks; a value of the wrong kind for the indicator's target; a period outside
 * the strategy period 2021–2030; a second observation of the same indicator, unit and period (the
 * problem names both). The CSV format is a header line {@value #CSV_HEADER} and one row per observation;
 * empty cells are absent values.
 *
 * <p>Input is bounded as {@link KlineduJson} bounds JSON: CSV text of at most
 * {@value KlineduJson#MAX_DOCUMENT_LENGTH} characters, cells of at most {@value KlineduJson#MAX_STRING_LENGTH}.
 * A batch lists at most {@value #MAX_PROBLEMS_LISTED} problems, the first in input order, then one
 * more that counts those not listed, and the failure that stopped reading if one did, so that a file of millions of bad rows costs no more memory than its
 * text. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ObservationReader {

    /** The header line a CSV file of observations starts with. */
    public static final String CSV_HEADER = "indicator,unit,period,numerator,denominator,done,date,review";

    /** The most problems a batch lists; past it, one more problem says how many were not listed. */
    public static final int MAX_PROBLEMS_LISTED = 1_000;

    /** Digits grouped in thousands by spaces, no-break spaces or narrow no-break spaces: 1 234 567. */
    private static final Pattern THOUSANDS = Pattern.compile("-?[0-9]{1,3}([ \u00A0\u202F][0-9]{3})+(,0+)?");
    private static final Pattern SPACES = Pattern.compile("[ \u00A0\u202F]");
    /** A whole number written with a zero fraction after a decimal comma: 12,0. */
    private static final Pattern ZERO_FRACTION = Pattern.compile("(-?[0-9]+),0+");
    private static final CsvMapper CSV = CsvMapper.builder(CsvFactory.builder()
                    .streamReadConstraints(KlineduJson.readLimits()).build())
            .enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    private final IndicatorCatalogue catalogue;
    private final StrategyPeriod strategyPeriod;
    private final Optional<OrganisationTree> tree;

    private ObservationReader(IndicatorCatalogue catalogue, Optional<OrganisationTree> tree) {
        this.catalogue = catalogue;
        this.strategyPeriod = catalogue.strategy().period();
        this.tree = tree;
    }

    /**
     * Obtains a reader for a catalogue.
     *
     * @param catalogue the indicators observations may be of, not null
     * @return the reader
     */
    public static ObservationReader of(IndicatorCatalogue catalogue) {
        return new ObservationReader(Objects.requireNonNull(catalogue, "catalogue"), Optional.empty());
    }

    /**
     * Obtains a reader for a catalogue and an organisation: an observation of a unit the tree lacks is a
     * problem of its line or item, and a CSV unit cell may hold a unit's name instead of its id (see
     * {@link OrganisationTree#unitsNamed(String)}); a name of no unit, or of more than one, is a problem of
     * the cell.
     *
     * @param catalogue the indicators observations may be of, not null
     * @param tree the units observations may be of, not null
     * @return the reader
     */
    public static ObservationReader of(IndicatorCatalogue catalogue, OrganisationTree tree) {
        return new ObservationReader(Objects.requireNonNull(catalogue, "catalogue"),
                Optional.of(Objects.requireNonNull(tree, "tree")));
    }

    /**
     * Checks observations built in Java. Problems are located as {@code observations[i]}.
     *
     * @param observations the observations, not null
     * @return the batch: the observations without problems and every problem
     */
    public ObservationBatch check(List<Observation> observations) {
        Objects.requireNonNull(observations, "observations");
        return checked(observations, i -> i, i -> "observations[" + i + "]", new Problems());
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
        Problems problems = new Problems();
        for (int i = 0; i < items.size(); i++) {
            try {
                read.add(codec.read(items.get(i), Observation.class));
                positions.add(i);
            } catch (InvalidInputException e) {
                problems.add(i, ObservationProblem.of("$[" + i + "]" + e.path().substring(1), e.reason()));
            }
        }
        return checked(read, positions::get, i -> "$[" + i + "]", problems);
    }

    /**
     * Reads CSV in the {@linkplain CsvFormat#standard() standard format}: a header naming the columns of
     * {@value #CSV_HEADER}, then one observation per row. Problems are located by line and column, such as
     * {@code line 3, column 4 (numerator)}.
     *
     * @param csv the CSV text, not null
     * @return the batch: the observations without problems and the problems
     */
    public ObservationBatch readCsv(String csv) {
        return readCsv(csv, CsvFormat.standard());
    }

    /**
     * Reads CSV in the standard format from a reader, which the caller closes.
     *
     * @param csv the CSV text, not null
     * @return the batch: the observations without problems and the problems
     * @see #readCsv(String)
     */
    public ObservationBatch readCsv(Reader csv) {
        return readCsv(csv, CsvFormat.standard());
    }

    /**
     * Reads CSV text in a format. Problems are located by the line and the column of the file, named by the
     * file's own header, such as {@code line 3, column 2 (Enhet)}.
     *
     * @param csv the CSV text, not null
     * @param format the format (its encoding plays no part in text), not null
     * @return the batch: the observations without problems and the problems
     */
    public ObservationBatch readCsv(String csv, CsvFormat format) {
        return readCsv(new StringReader(Objects.requireNonNull(csv, "csv")), format);
    }

    /**
     * Reads a CSV file's bytes in a format, decoded as its {@linkplain CsvFormat#encoding() encoding} says;
     * the stream is not closed. Bytes that are not of that encoding are one problem, located by line and byte
     * and naming the encoding that would read them; more than {@value KlineduJson#MAX_DOCUMENT_LENGTH} bytes
     * are one problem, read no further.
     *
     * @param csv the file's bytes, not null
     * @param format the format, not null
     * @return the batch: the observations without problems and the problems
     * @throws java.io.UncheckedIOException if the stream fails
     */
    public ObservationBatch readCsv(InputStream csv, CsvFormat format) {
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(format, "format");
        return decoded(csv, format, text -> readCsv(text, format));
    }

    /**
     * Reads CSV text in a format from a reader, which the caller closes.
     *
     * @param csv the CSV text, not null
     * @param format the format (its encoding plays no part in text), not null
     * @return the batch: the observations without problems and the problems
     * @see #readCsv(String, CsvFormat)
     */
    public ObservationBatch readCsv(Reader csv, CsvFormat format) {
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(format, "format");
        CsvRows<Observation> rows = CsvRows.read(csv, format, false, cells -> observationOf(cells, format));
        return rows.stopped() ? ObservationBatch.of(List.of(), rows.stopping())
                : checked(rows.values(), rows.lines()::get, line -> "line " + line, rows.problems());
    }

    /**
     * Reads a CSV file of survey responses, one row per respondent, and counts them per indicator, unit and
     * period: the {@linkplain AnswerScale#positive() positive} answers are the numerator, the positive and
     * negative ones the denominator, and no answer counts nowhere. The file has the columns of a key (unit,
     * and indicator and period unless the format gives them) and an answer (headed {@code answer}, or
     * {@code Svar} in {@link CsvFormat#swedishExcel()}); its bytes are decoded as the format's encoding says.
     * The counts are evaluated as any others are, so a group of fewer respondents than the policy's minimum
     * is suppressed after counting. An answer not on the scale is a problem of its line and column, and the
     * counts of its indicator, unit and period are left out rather than counted short.
     *
     * @param csv the file's bytes, not closed, not null
     * @param format the format, not null
     * @param scale which answers count as yes, no and no answer, not null
     * @return the batch: an observation of counts per indicator, unit and period in the order they first
     *     appear, and the problems
     * @throws java.io.UncheckedIOException if the stream fails
     */
    public ObservationBatch readResponsesCsv(InputStream csv, CsvFormat format, AnswerScale scale) {
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(scale, "scale");
        return decoded(csv, format, text -> readResponsesCsv(text, format, scale));
    }

    /** {@return what reading the decoded text gives, or the one problem that kept the bytes from being text} */
    private static ObservationBatch decoded(InputStream csv, CsvFormat format, Function<String, ObservationBatch> reading) {
        CsvText text = CsvText.read(csv, format.encoding());
        return text.problem() != null ? ObservationBatch.of(List.of(), List.of(text.problem())) : reading.apply(text.text());
    }

    /**
     * Reads CSV text of survey responses, as {@link #readResponsesCsv(InputStream, CsvFormat, AnswerScale)}
     * reads bytes.
     *
     * @param csv the CSV text, not null
     * @param format the format (its encoding plays no part in text), not null
     * @param scale which answers count as yes, no and no answer, not null
     * @return the batch: an observation of counts per indicator, unit and period, and the problems
     */
    public ObservationBatch readResponsesCsv(String csv, CsvFormat format, AnswerScale scale) {
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(scale, "scale");
        CsvRows<Response> rows = CsvRows.read(new StringReader(csv), format, true, cells -> responseOf(cells, format, scale));
        if (rows.stopped()) {
            return ObservationBatch.of(List.of(), rows.stopping());
        }
        // yes and no per key, in the order keys first appear, and the line each first appears on
        Map<ObservationKey, long[]> tally = new LinkedHashMap<>();
        Map<ObservationKey, Integer> firstLine = new HashMap<>();
        for (int i = 0; i < rows.values().size(); i++) {
            Response response = rows.values().get(i);
            long[] counts = tally.computeIfAbsent(response.key, key -> new long[2]);
            firstLine.putIfAbsent(response.key, rows.lines().get(i));
            response.positive.ifPresent(positive -> counts[positive ? 0 : 1]++);
        }
        rows.tainted().forEach(tally::remove);
        List<Observation> observations = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        tally.forEach((key, counts) -> {
            observations.add(Observation.builder().indicator(key.indicator()).unit(key.unit()).period(key.period())
                    .counts(Counts.of(counts[0], counts[0] + counts[1])).build());
            lines.add(firstLine.get(key));
        });
        return checked(observations, lines::get, line -> "line " + line, rows.problems());
    }

    /** One respondent's row: what it is of, and whether the answer is yes, no or (empty) no answer. */
    private static final class Response {

        final ObservationKey key;
        final Optional<Boolean> positive;

        Response(ObservationKey key, Optional<Boolean> positive) {
            this.key = key;
            this.positive = positive;
        }
    }

    private Response responseOf(String[] cells, CsvFormat format, AnswerScale scale) {
        CsvRow row = new CsvRow(cells);
        ObservationKey key = ObservationKey.of(
                format.indicator().orElseGet(() -> row.required(CsvColumn.INDICATOR.ordinal(), IndicatorId::of)),
                row.required(CsvColumn.UNIT.ordinal(), this::unitOf),
                format.period().orElseGet(() -> row.required(CsvColumn.PERIOD.ordinal(), ReportingPeriod::parse)));
        String answer = cells[CsvColumn.ANSWER.ordinal()];
        try {
            return new Response(key, scale.isNonResponse(answer) ? Optional.empty()
                    : Optional.of(row.at(CsvColumn.ANSWER.ordinal(), () -> scale.isPositive(answer))));
        } catch (CsvCellException e) {
            throw new TaintingException(key, e);
        }
    }

    /** A row whose key was read but whose value was not: the key's counts would be short. */
    private static final class TaintingException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        final transient ObservationKey key;

        TaintingException(ObservationKey key, CsvCellException cause) {
            super(cause.getMessage(), cause, false, false);
            this.key = key;
        }
    }

    /**
     * The rows of a CSV file read with a format, each turned into a value or a problem of its line and column;
     * or the problems that stopped reading (a bad header, malformed quoting, a read limit).
     */
    private static final class CsvRows<T> {

        private final List<T> values = new ArrayList<>();
        private final List<Integer> lines = new ArrayList<>();
        private final Problems problems = new Problems();
        private final Set<ObservationKey> tainted = new HashSet<>();
        private List<ObservationProblem> stopping = List.of();

        static <T> CsvRows<T> read(Reader csv, CsvFormat format, boolean responses, Function<String[], T> valueOf) {
            CsvRows<T> rows = new CsvRows<>();
            CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(format.separator());
            try (MappingIterator<String[]> cells = CSV.readerFor(String[].class).with(schema).readValues(csv)) {
                if (!cells.hasNextValue()) {
                    rows.stopping = List.of(ObservationProblem.of("line 1", "is empty: must be a header such as "
                            + (responses ? "indicator,unit,period,answer" : CSV_HEADER)));
                    return rows;
                }
                CsvHeader header = CsvHeader.of(cells.nextValue(), format, responses);
                if (!header.problems().isEmpty()) {
                    rows.stopping = header.problems();
                    return rows;
                }
                while (cells.hasNextValue()) {
                    int line = cells.currentLocation().getLineNr();
                    rows.add(line, cells.nextValue(), header, format, valueOf);
                }
            } catch (JacksonException e) {
                String where = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? "CSV"
                        : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
                // the failure that stopped reading is listed whatever came before it
                List<ObservationProblem> found = new ArrayList<>(rows.problems.merged(new Problems()));
                found.add(ObservationProblem.of(where, "cannot be read: " + e.getOriginalMessage()));
                rows.stopping = found;
            }
            return rows;
        }

        private void add(int line, String[] cells, CsvHeader header, CsvFormat format, Function<String[], T> valueOf) {
            if (format.skipBlankLines() && Arrays.stream(cells).allMatch(String::isBlank)) {
                return;
            }
            if (cells.length != header.width()) {
                // the usual sign of another separator, possibly on every row: reported without an exception
                problems.add(line, ObservationProblem.of("line " + line, "row: must have " + header.width()
                        + " cells, as the header has, was " + cells.length));
                return;
            }
            try {
                values.add(valueOf.apply(header.byColumn(cells)));
                lines.add(line);
            } catch (TaintingException e) {
                tainted.add(e.key);
                CsvCellException cell = (CsvCellException) e.getCause();
                problems.add(line, ObservationProblem.of(header.place(line, CsvColumn.values()[cell.column()]), e.getMessage()));
            } catch (CsvCellException e) {
                problems.add(line, ObservationProblem.of(header.place(line, CsvColumn.values()[e.column()]), e.getMessage()));
            } catch (InvalidInputException e) {
                problems.add(line, ObservationProblem.of("line " + line, e.getMessage()));
            }
        }

        boolean stopped() {
            return !stopping.isEmpty();
        }

        List<ObservationProblem> stopping() {
            return stopping;
        }

        List<T> values() {
            return values;
        }

        List<Integer> lines() {
            return lines;
        }

        Problems problems() {
            return problems;
        }

        Set<ObservationKey> tainted() {
            return tainted;
        }
    }

    /** An observation from a row's cells in {@link CsvColumn} order; a cell's failure names its column. */
    private Observation observationOf(String[] cells, CsvFormat format) {
        CsvRow row = new CsvRow(cells);
        Observation.Builder builder = Observation.builder()
                .indicator(format.indicator().orElseGet(() -> row.required(CsvColumn.INDICATOR.ordinal(), IndicatorId::of)))
                .unit(row.required(CsvColumn.UNIT.ordinal(), this::unitOf))
                .period(format.period().orElseGet(() -> row.required(CsvColumn.PERIOD.ordinal(), ReportingPeriod::parse)));
        int numeratorColumn = CsvColumn.NUMERATOR.ordinal();
        int denominatorColumn = CsvColumn.DENOMINATOR.ordinal();
        if (row.has(numeratorColumn) || row.has(denominatorColumn)) {
            long numerator = row.required(numeratorColumn, value -> wholeNumber(value, format));
            long denominator = row.required(denominatorColumn, value -> wholeNumber(value, format));
            // Counts names the denominator when it is negative, else the numerator
            builder.counts(row.at(denominator < 0 ? denominatorColumn : numeratorColumn, () -> Counts.of(numerator, denominator)));
        }
        int doneColumn = CsvColumn.DONE.ordinal();
        int dateColumn = CsvColumn.DATE.ordinal();
        if (row.has(doneColumn) || row.has(dateColumn)) {
            boolean done = row.required(doneColumn, ObservationReader::bool);
            Optional<LocalDate> date = row.optional(dateColumn, LocalDate::parse);
            builder.milestone(row.at(dateColumn, () -> Milestone.of(done, date)));
        }
        row.optional(CsvColumn.REVIEW.ordinal(), code -> JsonEnum.of(ReviewOutcome.class, "review", code)).ifPresent(builder::review);
        return builder.build();
    }

    /**
     * Reads a unit cell: a unit's id, or, where the reader knows the tree, the id of the one unit of that name.
     *
     * @throws InvalidInputException if the cell is no id of the tree and names no unit, or more than one
     */
    private OrganisationUnitId unitOf(String cell) {
        if (tree.isEmpty()) {
            return OrganisationUnitId.of(cell);
        }
        if (OrganisationUnitId.isWellFormed(cell) && tree.get().find(OrganisationUnitId.of(cell)).isPresent()) {
            return OrganisationUnitId.of(cell);
        }
        List<OrganisationUnit> named = tree.get().unitsNamed(cell);
        if (named.size() == 1) {
            return named.get(0).id();
        }
        throw named.isEmpty()
                ? InvalidInputException.of("unit", "is no unit of the tree: no unit has this id or name", cell)
                : InvalidInputException.of("unit", "names " + named.size() + " units of the tree ("
                        + named.stream().map(unit -> unit.id().value()).collect(Collectors.joining(", "))
                        + "): write the unit's id", cell);
    }

    /**
     * Reads a count: digits, grouped in thousands by spaces where the format allows it, and with a zero
     * fraction after a decimal comma where the format writes one ({@code 12,0} is 12).
     */
    private static long wholeNumber(String value, CsvFormat format) {
        String digits = value;
        if (format.thousandSeparators()) {
            digits = THOUSANDS.matcher(digits).matches() ? SPACES.matcher(digits).replaceAll("") : digits;
        }
        if (format.decimalComma()) {
            Matcher fraction = ZERO_FRACTION.matcher(digits);
            digits = fraction.matches() ? fraction.group(1) : digits;
        }
        try {
            return Long.parseLong(digits);
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
            Problems earlier) {
        Problems problems = new Problems();
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
                problems.add(position.applyAsInt(i), ObservationProblem.of(location.apply(position.applyAsInt(i)), problem.get()));
            } else {
                accepted.add(observation);
            }
        }
        return ObservationBatch.of(accepted, earlier.merged(problems));
    }

    /**
     * Problems of one source (reading, or checking what was read), in input order: the first
     * {@value #MAX_PROBLEMS_LISTED} are kept and the rest counted, which is enough to list the first of two
     * sources merged.
     */
    private static final class Problems {

        private final List<Positioned<ObservationProblem>> kept = new ArrayList<>();
        private long notKept;

        void add(int position, ObservationProblem problem) {
            if (kept.size() < MAX_PROBLEMS_LISTED) {
                kept.add(new Positioned<>(position, problem));
            } else {
                notKept++;
            }
        }

        /** {@return both sources' problems in input order, at most the listed number and one that counts the rest} */
        List<ObservationProblem> merged(Problems other) {
            List<Positioned<ObservationProblem>> all = new ArrayList<>(kept);
            all.addAll(other.kept);
            all.sort(Comparator.comparingInt(Positioned::position));
            long more = notKept + other.notKept + Math.max(0, all.size() - MAX_PROBLEMS_LISTED);
            List<ObservationProblem> listed = new ArrayList<>(all.subList(0, Math.min(all.size(), MAX_PROBLEMS_LISTED))
                    .stream().map(Positioned::value).toList());
            if (more > 0) {
                listed.add(ObservationProblem.of("after " + listed.get(listed.size() - 1).location(),
                        "and " + more + " more problem(s), not listed"));
            }
            return listed;
        }
    }

    private Optional<String> problemOf(Observation observation) {
        Optional<Indicator> indicator = catalogue.find(observation.indicator());
        if (indicator.isEmpty()) {
            return Optional.of("indicator " + observation.indicator() + " is not in the catalogue");
        }
        if (!observation.fits(indicator.get().target().kind())) {
            TargetKind kind = indicator.get().target().kind();
            return Optional.of("indicator " + observation.indicator() + " has a " + kind + " target and needs "
                    + (kind.isObservedAsCounts() ? "counts"
                    : kind == TargetKind.RECURRING ? "done or not done, with a date in " + observation.period()
                    : kind.name().toLowerCase(Locale.ROOT)));
        }
        if (!strategyPeriod.contains(observation.period())) {
            return Optional.of("period " + observation.period() + " is outside the strategy period " + strategyPeriod);
        }
        if (tree.isPresent() && tree.get().find(observation.unit()).isEmpty()) {
            return Optional.of("unit " + observation.unit() + " is not a unit of the tree");
        }
        return Optional.empty();
    }
}
