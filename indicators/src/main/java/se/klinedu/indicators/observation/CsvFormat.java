package se.klinedu.indicators.observation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.internal.Checks;
import se.klinedu.core.internal.KlineduStyle;
import se.klinedu.core.internal.Names;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.indicators.target.IndicatorId;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * How a CSV file of observations is written: its separator and encoding, how its numbers are written,
 * which of its header names hold which {@link CsvColumn}, and an indicator or period that the whole file
 * is of.
 *
 * <p>A header name matches whatever its case, surrounding white space and runs of inner white space
 * ({@code "Antal  Svarande "} is {@code "antal svarande"}), compared in Unicode normal form C. Every
 * column of a file must be mapped to a field or listed as ignored: nothing in a file is dropped without
 * a word. The presets are {@link #standard()}, the library's own format, and {@link #swedishExcel()},
 * what Excel and survey tools in Swedish regions save. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@KlineduStyle
@JsonDeserialize(builder = CsvFormat.Builder.class)
@JsonPropertyOrder({"separator", "encoding", "decimalComma", "thousandSeparators", "headerNames", "ignoredColumns",
        "indicator", "period", "skipBlankLines"})
public abstract class CsvFormat {

    private static final CsvFormat STANDARD = builder().putAllHeaderNames(standardNames()).build();

    private static final CsvFormat SWEDISH_EXCEL = builder()
            .separator(';')
            .encoding(CsvEncoding.DETECT)
            .decimalComma(true)
            .thousandSeparators(true)
            .putAllHeaderNames(standardNames())
            .putHeaderName("indikator", CsvColumn.INDICATOR)
            .putHeaderName("enhet", CsvColumn.UNIT)
            .putHeaderName("år", CsvColumn.PERIOD)
            .putHeaderName("termin", CsvColumn.PERIOD)
            .putHeaderName("antal positiva", CsvColumn.NUMERATOR)
            .putHeaderName("täljare", CsvColumn.NUMERATOR)
            .putHeaderName("antal svarande", CsvColumn.DENOMINATOR)
            .putHeaderName("nämnare", CsvColumn.DENOMINATOR)
            .putHeaderName("klar", CsvColumn.DONE)
            .putHeaderName("datum", CsvColumn.DATE)
            .putHeaderName("granskning", CsvColumn.REVIEW)
            .putHeaderName("svar", CsvColumn.ANSWER)
            .skipBlankLines(true)
            .build();

    CsvFormat() {
    }

    /**
     * {@return the separator of cells: a comma, a semicolon or a tab}
     */
    @JsonProperty(value = "separator", required = true)
    @Value.Default
    public char separator() {
        return ',';
    }

    /**
     * {@return the encoding of a file given as bytes}
     */
    @JsonProperty(value = "encoding", required = true)
    @Value.Default
    public CsvEncoding encoding() {
        return CsvEncoding.UTF_8;
    }

    /**
     * {@return true when numbers are written with a decimal comma: a count {@code 12,0} is 12, {@code 12,5} is
     * no count}
     */
    @JsonProperty(value = "decimalComma", required = true)
    @Value.Default
    public boolean decimalComma() {
        return false;
    }

    /**
     * {@return true when numbers may group thousands with a space, a no-break space (U+00A0) or a narrow
     * no-break space (U+202F), as in {@code 1 234}}
     */
    @JsonProperty(value = "thousandSeparators", required = true)
    @Value.Default
    public boolean thousandSeparators() {
        return false;
    }

    /**
     * {@return the column each header name holds, keyed by the name in its compared form (see the class
     * comment)}
     */
    @JsonProperty(value = "headerNames", required = true)
    public abstract Map<String, CsvColumn> headerNames();

    /**
     * {@return header names of columns that hold nothing for the library (a share the file computed, a
     * unit's display name), in their compared form}
     */
    @JsonProperty(value = "ignoredColumns", required = true)
    public abstract List<String> ignoredColumns();

    /**
     * {@return the indicator every row is of, for a file of one indicator without an indicator column}
     */
    @JsonProperty("indicator")
    public abstract Optional<IndicatorId> indicator();

    /**
     * {@return the period every row is of, for a file of one period without a period column}
     */
    @JsonProperty("period")
    public abstract Optional<ReportingPeriod> period();

    /**
     * {@return true when lines whose cells are all blank (as Excel writes {@code ;;;;} below a table) are
     * skipped; otherwise each is a problem}
     */
    @JsonProperty(value = "skipBlankLines", required = true)
    @Value.Default
    public boolean skipBlankLines() {
        return false;
    }

    /**
     * {@return a builder: a comma, UTF-8, plain whole numbers, no header names, no blank lines}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link CsvFormat}: {@code build()} checks the value as every other way of making one does.
     */
    public static final class Builder extends ImmutableCsvFormat.Builder {

        Builder() {
        }
    }

    /**
     * {@return the library's own format: comma-separated UTF-8 with the header names
     * {@value ObservationReader#CSV_HEADER} (in any order; the value columns a file does not use may be left
     * out)}
     */
    public static CsvFormat standard() {
        return STANDARD;
    }

    /**
     * {@return what Excel and survey tools save in Swedish regions: semicolon-separated, Windows-1252 or UTF-8
     * (detected, with or without a byte order mark), decimal comma, thousands grouped with spaces, blank lines
     * skipped, and the standard header names together with Swedish ones: Indikator, Enhet, År or Termin,
     * Antal positiva or Täljare, Antal svarande or Nämnare, Klar, Datum, Granskning, and Svar in a file of
     * responses}
     */
    public static CsvFormat swedishExcel() {
        return SWEDISH_EXCEL;
    }

    /**
     * {@return this format for a file of one indicator, without an indicator column}
     *
     * @param indicator the indicator every row is of, not null
     */
    public CsvFormat forIndicator(IndicatorId indicator) {
        return copy().withIndicator(indicator);
    }

    /**
     * {@return this format for a file of one period, without a period column}
     *
     * @param period the period every row is of, not null
     */
    public CsvFormat forPeriod(ReportingPeriod period) {
        return copy().withPeriod(period);
    }

    /**
     * {@return this format with more columns that hold nothing for the library}
     *
     * @param headerNames the columns' header names, not null
     * @throws InvalidInputException if a name is blank, already ignored or mapped to a field
     */
    public CsvFormat ignoring(String... headerNames) {
        List<String> ignored = new ArrayList<>(ignoredColumns());
        ignored.addAll(List.of(headerNames));
        return copy().withIgnoredColumns(ignored);
    }

    /**
     * {@return this format with another encoding}
     *
     * @param encoding the encoding of files given as bytes, not null
     */
    public CsvFormat encodedIn(CsvEncoding encoding) {
        return copy().withEncoding(encoding);
    }

    /**
     * {@return this format, skipping lines whose cells are all blank}
     */
    public CsvFormat skippingBlankLines() {
        return copy().withSkipBlankLines(true);
    }

    /** Every instance is the generated class (the constructor is package-private); its checked {@code with…} copies. */
    private ImmutableCsvFormat copy() {
        return (ImmutableCsvFormat) this;
    }

    /**
     * Finds the column a header name holds.
     *
     * @param name a header cell as the file writes it, not null
     * @return the column, or empty if the name is not mapped
     */
    public Optional<CsvColumn> column(String name) {
        return Optional.ofNullable(headerNames().get(Names.compared(name)));
    }

    /**
     * Tells whether a header name is of a column the library ignores.
     *
     * @param name a header cell as the file writes it, not null
     * @return true if it is listed among the ignored columns
     */
    public boolean ignores(String name) {
        return ignoredColumns().contains(Names.compared(name));
    }

    private static Map<String, CsvColumn> standardNames() {
        Map<String, CsvColumn> names = new LinkedHashMap<>();
        for (CsvColumn column : CsvColumn.values()) {
            names.put(column.header(), column);
        }
        return names;
    }

    @Value.Check
    CsvFormat canonical() {
        if (separator() != ',' && separator() != ';' && separator() != '\t') {
            throw InvalidInputException.of("separator", "must be a comma, a semicolon or a tab",
                    String.format(Locale.ROOT, "U+%04X", (int) separator()));
        }
        Map<String, CsvColumn> names = new LinkedHashMap<>();
        headerNames().forEach((name, column) -> {
            Checks.notBlank("headerNames", name);
            if (names.put(Names.compared(name), column) != null) {
                throw InvalidInputException.of("headerNames", "must name each header once, compared without case and "
                        + "surrounding space", name);
            }
        });
        List<String> ignored = ignoredColumns().stream().map(Names::compared).toList();
        Set<String> seen = new HashSet<>(names.keySet());
        for (int i = 0; i < ignored.size(); i++) {
            Checks.notBlank("ignoredColumns[" + i + "]", ignored.get(i));
            if (!seen.add(ignored.get(i))) {
                throw InvalidInputException.of("ignoredColumns[" + i + "]", "must not repeat a header name",
                        ignoredColumns().get(i));
            }
        }
        // built in one go: each copy is checked again, and a half-canonical one would be made canonical again
        return names.equals(headerNames()) && ignored.equals(ignoredColumns()) ? this
                : builder().separator(separator()).encoding(encoding()).decimalComma(decimalComma())
                        .thousandSeparators(thousandSeparators()).putAllHeaderNames(names).addAllIgnoredColumns(ignored)
                        .indicator(indicator()).period(period()).skipBlankLines(skipBlankLines()).build();
    }
}
