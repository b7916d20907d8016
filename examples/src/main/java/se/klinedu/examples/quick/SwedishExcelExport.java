package se.klinedu.examples.quick;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import se.klinedu.core.Language;
import se.klinedu.core.explain.Renderer;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.indicators.evaluation.EvaluationPolicy;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.observation.CsvFormat;
import se.klinedu.indicators.observation.ObservationBatch;
import se.klinedu.indicators.observation.ObservationReader;
import se.klinedu.indicators.rollup.TreeRollUp;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;

/**
 * From a survey tool's export, as Excel saves it on a Swedish computer (semicolons, Windows-1252, units by
 * name, thousands grouped with no-break spaces, a computed share column, a blank line below the table), to
 * the region's pooled result of indicator 1.3.2: the user's code is the six lines of {@link #regionResult}.
 *
 * <p>Run: {@code java -cp examples/target/klinedu-examples.jar se.klinedu.examples.quick.SwedishExcelExport}
 */
public final class SwedishExcelExport {

    private SwedishExcelExport() {
    }

    /**
     * Prints the region's result.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        print(System.out);
    }

    /**
     * {@return the region's pooled result of 1.3.2 in 2025, from the export and the organisation}
     *
     * @param export the export's bytes
     * @param organisation the organisation tree as JSON
     */
    static IndicatorResult regionResult(InputStream export, InputStream organisation) {
        // README:begin
        OrganisationTree tree = KlineduJson.standard().read(organisation, OrganisationTree.class);
        Indicator indicator = IndicatorCatalogue.load("orebro").get(IndicatorId.of("1.3.2"));
        CsvFormat format = CsvFormat.swedishExcel().forIndicator(indicator.id()).ignoring("Andel");
        ObservationBatch batch = ObservationReader.of(IndicatorCatalogue.load("orebro"), tree).readCsv(export, format);
        return TreeRollUp.resultsByUnit(indicator, CalendarYear.of(2025), tree, batch.toSet(), EvaluationPolicy.standard())
                .get(tree.root().id());
        // README:end
    }

    static IndicatorResult regionResult() {
        try (InputStream export = resource("excel-export.csv"); InputStream organisation = resource("region.json")) {
            return regionResult(export, organisation);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void print(PrintStream out) {
        IndicatorResult region = regionResult();
        out.println("Region " + region.unit() + ", " + region.period() + ", indicator " + region.indicator() + ": "
                + region.status());
        out.println("Counts:  " + region.counts().map(counts -> counts.numerator() + " of " + counts.denominator())
                .orElse("none"));
        out.println("Reasons (in Swedish):");
        Renderer swedish = Renderer.of(Language.SWEDISH);
        region.reasons().forEach(reason -> out.println("  - " + swedish.render(reason)));
    }

    private static InputStream resource(String name) {
        InputStream in = SwedishExcelExport.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return in;
    }
}
