package se.klinedu.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.period.ReportingPeriod;
import se.klinedu.indicators.evaluation.EvaluationPolicy;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.fhir.CanonicalBase;
import se.klinedu.indicators.fhir.FhirResources;
import se.klinedu.indicators.observation.Observation;
import se.klinedu.indicators.observation.ObservationReader;
import se.klinedu.indicators.observation.ObservationSet;
import se.klinedu.indicators.rollup.TreeRollUp;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.TargetKind;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a region's indicators and results as one HL7 FHIR R4 Bundle (type collection): an Organization per unit,
 * a Measure per Örebro indicator, and for every share indicator, every period present in the observations and every
 * unit of the organisation, the unit's pooled result as a MeasureReport with the Goal it is measured against.
 *
 * <p>Usage: {@code FhirBundleExport <data folder> <output file> <canonical base>}, where the data folder holds
 * {@code organisation.json} (an {@code OrganisationTree} as {@link KlineduJson} writes it) and
 * {@code observations.csv} (the {@link ObservationReader} CSV format). Results are computed with
 * {@link EvaluationPolicy#standard()} over the whole tree ({@link TreeRollUp}), so small groups are suppressed,
 * complementary suppression included, and a suppressed report carries no number.
 */
public final class FhirBundleExport {

    private FhirBundleExport() {
    }

    /**
     * Reads the data folder and writes the Bundle.
     *
     * @param args the data folder, the output file and the canonical base URL
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: FhirBundleExport <data folder> <output file> <canonical base>");
            System.exit(2);
            return;
        }
        Path data = Path.of(args[0]);
        OrganisationTree tree = KlineduJson.standard().read(Files.readString(data.resolve("organisation.json"),
                StandardCharsets.UTF_8), OrganisationTree.class);
        String csv = Files.readString(data.resolve("observations.csv"), StandardCharsets.UTF_8);
        ObjectNode bundle = export(tree, csv, CanonicalBase.of(args[2]));
        Path output = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(output.getParent());
        Files.writeString(output, KlineduJson.standard().writePretty(bundle), StandardCharsets.UTF_8);
        System.out.println("wrote " + bundle.get("entry").size() + " resources to " + args[1]);
    }

    /**
     * Evaluates every share indicator of the Örebro catalogue for every unit of the tree and every period of the
     * observations, and exports all as a Bundle.
     *
     * @param tree the organisation
     * @param csv the observations in the CSV format of {@link ObservationReader}
     * @param base the canonical base
     * @return the Bundle
     * @throws se.klinedu.core.InvalidInputException listing every bad observation
     */
    static ObjectNode export(OrganisationTree tree, String csv, CanonicalBase base) {
        IndicatorCatalogue orebro = IndicatorCatalogue.load("orebro");
        EvaluationPolicy policy = EvaluationPolicy.standard();
        ObservationSet observations = ObservationReader.of(orebro).readCsv(csv).toSet();
        List<ReportingPeriod> periods = observations.observations().stream().map(Observation::period).distinct()
                .sorted(Comparator.comparing(ReportingPeriod::lastDay).thenComparing(ReportingPeriod::firstDay)).toList();
        List<IndicatorResult> results = new ArrayList<>();
        for (Indicator indicator : orebro.indicators()) {
            if (indicator.target().kind() == TargetKind.SHARE) {
                periods.forEach(period -> results.addAll(TreeRollUp.resultsByUnit(indicator, period, tree, observations, policy).values()));
            }
        }
        return FhirResources.bundle(orebro, tree, results, policy, base);
    }
}
