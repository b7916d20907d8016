package se.klinedu.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import se.klinedu.core.Language;
import se.klinedu.core.explain.Reason;
import se.klinedu.core.explain.Renderer;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.period.CalendarYear;
import se.klinedu.indicators.evaluation.EvaluationPolicy;
import se.klinedu.indicators.evaluation.IndicatorResult;
import se.klinedu.indicators.rollup.TreeRollUp;
import se.klinedu.indicators.target.Indicator;
import se.klinedu.indicators.target.IndicatorCatalogue;
import se.klinedu.indicators.target.IndicatorId;
import se.klinedu.indicators.target.TargetKind;
import tools.jackson.databind.JsonNode;

class FollowUpCommandTest {

    static final Path SAMPLE = Path.of("sample-data");
    static final String SVG = "http://www.w3.org/2000/svg";
    static final String XHTML = "http://www.w3.org/1999/xhtml";

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = FollowUpCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** {@return a copy of the sample data folder under {@code work}, to break} */
    static Path copyOfSample(Path work) throws IOException {
        Path data = work.resolve("data");
        try (Stream<Path> paths = Files.walk(SAMPLE)) {
            for (Path path : paths.toList()) {
                Path target = data.resolve(SAMPLE.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        return data;
    }

    /** Parses with the JDK's XML parser: namespace-aware, secure processing, no external DTD or entities. */
    static Document strictlyParsed(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setExpandEntityReferences(false);
        factory.setValidating(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
                throw e;
            }
        });
        return builder.parse(new InputSource(new StringReader(xml)));
    }

    /** {@return the number of share indicators, one trend chart each} */
    static long shareIndicators() {
        return IndicatorCatalogue.load("orebro").indicators().stream().filter(i -> i.target().kind() == TargetKind.SHARE).count();
    }

    static List<Element> charts(Document html, String kind) {
        List<Element> charts = new ArrayList<>();
        NodeList svgs = html.getElementsByTagNameNS(SVG, "svg");
        for (int i = 0; i < svgs.getLength(); i++) {
            Element svg = (Element) svgs.item(i);
            if (svg.getAttribute("data-chart").equals(kind)) {
                charts.add(svg);
            }
        }
        return charts;
    }

    static int series(Element svg) {
        int count = 0;
        NodeList groups = svg.getElementsByTagNameNS(SVG, "g");
        for (int i = 0; i < groups.getLength(); i++) {
            if (((Element) groups.item(i)).hasAttribute("data-series")) {
                count++;
            }
        }
        return count;
    }

    /** An enum constant's Java name, such as NOT_MET: never shown to a reader. */
    static final Pattern ENUM_CONSTANT = Pattern.compile("\\b[A-Z]+(_[A-Z]+)+\\b");
    /** A reason code or a label key, such as status.not-met: never shown to a reader. */
    static final Pattern CODE = Pattern.compile("\\b[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*\\b");
    /**
     * The file names a report shows on purpose: the data folder's files (an inspection report's file, so that a
     * reader can find it) and the files the command writes. They look like codes and are not.
     */
    static final Pattern FILE_NAME = Pattern.compile(".*\\.(json|html|csv)");

    /** {@return what in a text looks like an enum constant, a reason code or a label key, file names aside} */
    static List<String> codesIn(String text) {
        List<String> found = new ArrayList<>();
        ENUM_CONSTANT.matcher(text).results().map(MatchResult::group).forEach(found::add);
        CODE.matcher(text).results().map(MatchResult::group).filter(name -> !FILE_NAME.matcher(name).matches())
                .forEach(found::add);
        return found;
    }

    /**
     * {@return the text a reader of the page sees or hears: every text node but the style sheet's, and the charts'
     *     {@code aria-label}s}
     */
    static String visibleText(Document html) {
        StringBuilder text = new StringBuilder();
        visibleText(html.getDocumentElement(), text);
        return text.toString();
    }

    private static void visibleText(Node node, StringBuilder text) {
        if (node instanceof Element element) {
            if (element.getLocalName().equals("style")) {
                return;
            }
            if (element.hasAttribute("aria-label")) {
                text.append(element.getAttribute("aria-label")).append('\n');
            }
        } else if (node.getNodeType() == Node.TEXT_NODE) {
            text.append(node.getNodeValue()).append('\n');
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            visibleText(child, text);
        }
    }

    /** {@return the status cell of the row of an indicator or goal in the page's table} */
    static String statusOf(Document html, String id) {
        NodeList rows = html.getElementsByTagNameNS(XHTML, "tr");
        for (int i = 0; i < rows.getLength(); i++) {
            Element row = (Element) rows.item(i);
            if (row.getAttribute("data-id").equals(id)) {
                return row.getElementsByTagNameNS(XHTML, "td").item(2).getTextContent();
            }
        }
        throw new AssertionError("no row " + id);
    }

    @Nested
    class On_the_sample_data {

        @TempDir
        Path out;

        @Test
        void prints_every_section_and_writes_both_files_and_nothing_else() throws IOException {
            Run run = run("--data", SAMPLE.toString(), "--date", "2026-06-30", "--out", out.toString());

            assertEquals(0, run.exit(), run.err());
            assertEquals("", run.err());
            // in Swedish, the default
            for (String section : List.of("== Indikatorer ==", "== SPUR-graderingar ==",
                    "== Åtgärdspunkter efter uppföljningsstatus ==", "== Intervall för SPUR-granskning ==",
                    "== Handledarutbildning ==")) {
                assertTrue(run.out().contains(section), section);
            }
            assertTrue(run.out().contains("År 2025 jämfört med 2024"), run.out());
            assertTrue(run.out().contains("1.1.1  ej uppfyllt"), run.out());
            assertTrue(run.out().contains("D → C"), run.out());
            assertTrue(run.out().contains("försenad ("), run.out());
            assertTrue(run.out().contains("till behöver utbildas för att målet ska nås"), run.out());
            try (Stream<Path> files = Files.list(out)) {
                assertEquals(List.of(FollowUpCommand.HTML, FollowUpCommand.JSON),
                        files.map(f -> f.getFileName().toString()).sorted().toList());
            }
        }

        @Test
        void the_html_is_well_formed_xml_self_contained_with_every_chart_and_its_series() throws Exception {
            run("--data", SAMPLE.toString(), "--date", "2026-06-30", "--out", out.toString());
            String text = Files.readString(out.resolve(FollowUpCommand.HTML), StandardCharsets.UTF_8);

            Document html = strictlyParsed(text);

            assertEquals(XHTML, html.getDocumentElement().getNamespaceURI());
            assertTrue(text.startsWith("<!DOCTYPE html>\n"));
            assertEquals(0, html.getElementsByTagNameNS(XHTML, "script").getLength());
            assertEquals(0, html.getElementsByTagNameNS(XHTML, "link").getLength());
            assertEquals(0, html.getElementsByTagNameNS(XHTML, "img").getLength());
            assertFalse(text.contains("src="), "no external sources");
            List<Element> trends = charts(html, HtmlReport.TREND_CHART);
            assertEquals(shareIndicators(), trends.size());
            trends.forEach(chart -> assertEquals(3, series(chart), chart.getAttribute("data-indicator")));
            List<Element> grades = charts(html, HtmlReport.GRADE_CHART);
            assertEquals(4, grades.size());
            for (Element chart : grades) {
                // two regulations in scope, except Norrby's medicine clinic with HSLF-FS 2021:8 alone
                int expected = chart.getAttribute("data-unit").equals("norrby-medicin") ? 2 : 4;
                assertEquals(expected, series(chart), chart.getAttribute("data-unit"));
                assertEquals(8 * expected, chart.getElementsByTagNameNS(SVG, "rect").getLength());
            }
            List<Element> timelines = charts(html, HtmlReport.TIMELINE_CHART);
            assertEquals(1, timelines.size());
            assertEquals(5, series(timelines.get(0)));
            assertEquals(html.getElementsByTagNameNS(SVG, "svg").getLength(), trends.size() + grades.size() + timelines.size());
            for (Element chart : charts(html, HtmlReport.TREND_CHART)) {
                assertEquals(String.valueOf(series(chart)), chart.getAttribute("data-series-count"));
            }
        }

        @Test
        void the_json_holds_the_same_content_as_the_summary() throws IOException {
            Run run = run("--data", SAMPLE.toString(), "--date", "2026-06-30", "--out", out.toString(), "--lang", "en");
            JsonNode json = KlineduJson.standard().read(Files.readString(out.resolve(FollowUpCommand.JSON)), JsonNode.class);

            assertEquals("vastmyra", json.get("unit").asString());
            assertEquals("2026-06-30", json.get("referenceDate").asString());
            assertEquals(shareIndicators(), json.get("shareHistories").size());
            assertEquals(5, json.get("shareHistories").get(0).get("years").size());
            assertEquals(3, json.get("indicators").get("overallGoals").size());
            assertEquals(4, json.get("inspections").size());
            JsonNode coverage = json.get("supervisorTraining");
            assertTrue(run.out().contains(coverage.get("counts").get("numerator").asLong() + " of "
                    + coverage.get("counts").get("denominator").asLong() + " supervising staff"), run.out());
            JsonNode interval = json.get("inspectionInterval").get("counts");
            assertTrue(run.out().contains(interval.get("numerator").asLong() + " of " + interval.get("denominator").asLong()
                    + " specialist-training units"), run.out());
        }

        @Test
        void a_units_supervisor_training_is_suppressed_where_indicator_1_1_1_is() throws Exception {
            DataFolder data = DataFolder.read(SAMPLE, IndicatorCatalogue.load("orebro"));
            Indicator supervision = IndicatorCatalogue.load("orebro")
                    .get(IndicatorId.of("1.1.1"));
            Map<OrganisationUnitId, IndicatorResult> results = TreeRollUp.resultsByUnit(supervision, CalendarYear.of(2025),
                            data.tree(), data.observations(), EvaluationPolicy.standard());
            OrganisationUnitId hidden = results.values().stream()
                    .filter(IndicatorResult::isSuppressed).map(result -> result.unit())
                    .findFirst().orElseThrow();
            Run run = run("--data", SAMPLE.toString(), "--date", "2026-06-30", "--unit", hidden.value(), "--out", out.toString(),
                    "--lang", "en");

            assertEquals(0, run.exit(), run.err());
            assertTrue(run.out().contains("Minimum-level training: suppressed to protect small groups (as indicator 1.1.1 at "
                    + "this unit)"), run.out());
            assertTrue(!run.out().contains("supervising staff"), run.out());
            assertTrue(!Files.readString(out.resolve(FollowUpCommand.HTML)).contains("supervising staff"));
            JsonNode json = KlineduJson.standard().read(Files.readString(out.resolve(FollowUpCommand.JSON)), JsonNode.class);
            assertTrue(!json.has("supervisorTraining"), json.toString());
        }

        @Test
        void a_unit_reports_its_subtree_only() {
            Run run = run("--data", SAMPLE.toString(), "--date", "2026-06-30", "--unit", "vus-kvinno", "--out", out.toString(),
                    "--lang", "en");

            assertEquals(0, run.exit(), run.err());
            assertTrue(run.out().contains("Kvinnokliniken (vus-kvinno)"), run.out());
            assertTrue(run.out().contains("vus-kvinno, Obstetrik och gynekologi, inspected 2025-03-12"), run.out());
            assertFalse(run.out().contains("vus-kirurgi"), run.out());
            assertTrue(run.out().contains("1 of 1 specialist-training units"), run.out());
            // the clinic's 12 supervisors and its two teams' 22 and 12
            assertTrue(run.out().contains(" of 46 supervising staff"), run.out());
        }

        @Test
        void a_small_health_centre_shows_suppressed_values() {
            Run run = run("--data", SAMPLE.toString(), "--date", "2026-06-30", "--unit", "vc-tallmo", "--out", out.toString(),
                    "--lang", "en");

            assertEquals(0, run.exit(), run.err());
            assertTrue(run.out().contains("suppressed"), run.out());
            assertTrue(run.out().contains("No inspection reports in this unit."), run.out());
        }
    }

    @Nested
    class In_each_language {

        @TempDir
        Path out;

        @ParameterizedTest
        @CsvSource({"sv, ej uppfyllt, Indikatorer, inga data", "nb, ikke oppfylt, Indikatorer, ingen data",
                "en, not met, Indicators, no data"})
        void the_summary_and_the_page_show_the_root_units_statuses_in_the_language_and_no_codes(String tag, String notMet,
                String indicators, String noData) throws Exception {
            Run run = run("--data", SAMPLE.toString(), "--date", "2026-06-30", "--out", out.toString(), "--lang", tag);
            Document html = strictlyParsed(Files.readString(out.resolve(FollowUpCommand.HTML), StandardCharsets.UTF_8));

            assertEquals(0, run.exit(), run.err());
            // 1.1.1 at the region: 2025's counts are the roster's, and fewer than 90 % are trained
            assertTrue(run.out().contains("1.1.1  " + notMet + " "), run.out());
            assertTrue(run.out().contains("== " + indicators + " =="), run.out());
            assertTrue(run.out().contains(noData), run.out());
            assertEquals(List.of(), codesIn(run.out()));
            assertEquals(tag, html.getDocumentElement().getAttribute("lang"));
            assertEquals(tag, html.getDocumentElement().getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
            assertEquals(notMet, statusOf(html, "1.1.1"));
            assertEquals(indicators, html.getElementsByTagNameNS(XHTML, "h2").item(0).getTextContent());
            assertEquals(List.of(), codesIn(visibleText(html)));
        }

        @Test
        void the_check_for_codes_finds_enum_constants_reason_codes_and_label_keys_but_no_ids_numbers_or_file_names() {
            assertEquals(List.of("NO_SIGNIFICANT_CHANGE", "status.not-met", "share.interval-straddles"),
                    codesIn("NO_SIGNIFICANT_CHANGE, status.not-met; share.interval-straddles. 1.1.1 at vus-kvinno, 85.4% "
                            + "(HSLF-FS 2021:8, SPUR, E-07, spur/reports/vus-kvinno.json, report.html)"));
        }

        @Test
        void numbers_and_dates_are_written_as_the_language_writes_them() {
            Run sv = run("--data", SAMPLE.toString(), "--date", "2026-06-30", "--out", out.resolve("sv").toString());
            Run nb = run("--data", SAMPLE.toString(), "--date", "2026-06-30", "--out", out.resolve("nb").toString(),
                    "--lang", "nb");
            Run en = run("--data", SAMPLE.toString(), "--date", "2026-06-30", "--out", out.resolve("en").toString(),
                    "--lang", "en");

            assertTrue(sv.out().contains("referensdatum 2026-06-30"), sv.out());
            assertTrue(sv.out().contains("95\u00a0% Wilsonintervall"), sv.out());
            assertTrue(sv.out().matches("(?s).*\\d,\\d\u00a0%.*"), sv.out());
            assertTrue(nb.out().contains("referansedato 30.06.2026"), nb.out());
            assertTrue(nb.out().matches("(?s).*\\d,\\d\u00a0%.*"), nb.out());
            assertTrue(en.out().contains("reference date 2026-06-30"), en.out());
            assertTrue(en.out().contains("95% Wilson intervals"), en.out());
            assertTrue(en.out().matches("(?s).*\\d\\.\\d%.*"), en.out());
            assertFalse(en.out().matches("(?s).*\\d,\\d\u00a0?%.*"), en.out());
        }

        @Test
        void an_unknown_language_exits_with_2_naming_it_and_writes_nothing() {
            Run run = run("--data", SAMPLE.toString(), "--date", "2026-06-30", "--out", out.toString(), "--lang", "de");

            assertEquals(FollowUpCommand.BAD_INPUT, run.exit());
            assertTrue(run.err().contains("--lang"), run.err());
            assertTrue(run.err().contains("must be sv, nb or en, was de"), run.err());
            assertEquals("", run.out());
            assertFalse(Files.exists(out.resolve(FollowUpCommand.HTML)));
        }

        @ParameterizedTest
        @EnumSource(Language.class)
        void the_json_carries_each_reason_as_code_args_and_its_text_in_the_language(Language language) throws IOException {
            Run run = run("--data", SAMPLE.toString(), "--date", "2026-06-30", "--out", out.toString(), "--lang",
                    language.code());
            JsonNode json = KlineduJson.standard().read(Files.readString(out.resolve(FollowUpCommand.JSON)), JsonNode.class);
            List<JsonNode> reasons = new ArrayList<>();
            collectReasons(json, reasons);
            Renderer renderer = Renderer.of(language);

            assertEquals(0, run.exit(), run.err());
            assertEquals(language.code(), json.get("language").asString());
            assertTrue(reasons.size() > 500, reasons.size() + " reasons");
            for (JsonNode node : reasons) {
                Reason reason = KlineduJson.standard().read(node, Reason.class);
                assertEquals(renderer.render(reason), node.get("text").asString(), node.toString());
            }
            JsonNode coverage = json.get("supervisorTraining").get("reasons").get(0);
            assertEquals("training.coverage-short", coverage.get("code").asString());
            assertTrue(coverage.get("args").get("toTrain").asLong() > 0, coverage.toString());
            assertTrue(run.out().contains(coverage.get("text").asString()), run.out());
        }

        /** Every object of a {@code reasons} array: a reason as JSON has a code, its args and its text, nothing else. */
        private void collectReasons(JsonNode node, List<JsonNode> reasons) {
            if (node.isObject() && node.has("reasons")) {
                for (JsonNode reason : node.get("reasons")) {
                    assertEquals(List.of("code", "args", "text"), reason.propertyNames().stream().toList(), reason.toString());
                    reasons.add(reason);
                }
            }
            for (JsonNode child : node) {
                collectReasons(child, reasons);
            }
        }
    }

    @Nested
    class On_a_swedish_excel_export {

        @TempDir
        Path work;

        @Test
        void the_sample_saved_by_swedish_excel_with_unit_names_gives_the_same_report() throws IOException {
            Path data = copyOfSample(work);
            OrganisationTree tree = KlineduJson.standard().read(Files.readString(data.resolve(DataFolder.ORGANISATION)),
                    OrganisationTree.class);
            List<String> lines = Files.readAllLines(data.resolve(DataFolder.OBSERVATIONS), StandardCharsets.UTF_8);
            StringBuilder export = new StringBuilder("Indikator;Enhet;År;Antal positiva;Antal svarande;Klar;Datum;Granskning\r\n");
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                // a unit's name where no other unit has it, as a survey tool writes it
                String name = tree.get(OrganisationUnitId.of(cells[1])).name();
                cells[1] = tree.unitsNamed(name).size() == 1 ? name.toUpperCase(java.util.Locale.ROOT) : cells[1];
                export.append(String.join(";", cells)).append("\r\n");
            }
            Files.write(data.resolve(DataFolder.OBSERVATIONS), export.toString().getBytes(java.nio.charset.Charset.forName("windows-1252")));

            Run fromExcel = run("--data", data.toString(), "--date", "2026-06-30", "--out", work.resolve("excel").toString());
            Run fromSample = run("--data", SAMPLE.toString(), "--date", "2026-06-30", "--out", work.resolve("sample").toString());

            assertEquals(0, fromExcel.exit(), fromExcel.err());
            assertEquals(Files.readString(work.resolve("sample").resolve(FollowUpCommand.JSON)),
                    Files.readString(work.resolve("excel").resolve(FollowUpCommand.JSON)));
        }

        @Test
        void a_misspelt_unit_exits_with_2_naming_the_line_and_the_column() throws IOException {
            Path data = copyOfSample(work);
            Files.writeString(data.resolve(DataFolder.OBSERVATIONS), "Indikator;Enhet;År;Antal positiva;Antal svarande\r\n"
                    + "1.1.1;Kirurgklinken;2025;12;20\r\n", java.nio.charset.Charset.forName("windows-1252"));

            Run run = run("--data", data.toString(), "--date", "2026-06-30", "--out", work.resolve("out").toString());

            assertEquals(2, run.exit());
            assertTrue(run.err().contains("line 2, column 2 (Enhet): is no unit of the tree: no unit has this id or name, "
                    + "was Kirurgklinken"), run.err());
        }
    }

    @Nested
    class On_bad_input {

        @TempDir
        Path work;


        private void assertNothingWritten(Path out) throws IOException {
            if (Files.exists(out)) {
                try (Stream<Path> files = Files.list(out)) {
                    assertEquals(List.of(), files.toList());
                }
            }
        }

        @Test
        void a_broken_csv_line_exits_with_2_naming_the_file_and_line_and_writes_nothing() throws IOException {
            Path data = copyOfSample(work);
            Path csv = data.resolve(DataFolder.OBSERVATIONS);
            List<String> lines = new ArrayList<>(Files.readAllLines(csv, StandardCharsets.UTF_8));
            lines.set(9, lines.get(9).replaceFirst("^([^,]*,[^,]*,[^,]*,)[0-9]+", "$1many"));
            Files.write(csv, lines, StandardCharsets.UTF_8);
            Path out = work.resolve("out");

            Run run = run("--data", data.toString(), "--date", "2026-06-30", "--out", out.toString());

            assertEquals(2, run.exit());
            assertTrue(run.err().contains("observations.csv: 1 problem(s)"), run.err());
            assertTrue(run.err().contains("line 10, column 4 (numerator)"), run.err());
            assertEquals("", run.out());
            assertNothingWritten(out);
        }

        @Test
        void a_broken_json_field_exits_with_2_naming_the_file_and_path_and_writes_nothing() throws IOException {
            Path data = copyOfSample(work);
            Path organisation = data.resolve(DataFolder.ORGANISATION);
            String json = Files.readString(organisation, StandardCharsets.UTF_8);
            Files.writeString(organisation, json.replaceFirst("\"work-team\"", "\"TEAM\""), StandardCharsets.UTF_8);
            Path out = work.resolve("out");

            Run run = run("--data", data.toString(), "--date", "2026-06-30", "--out", out.toString());

            assertEquals(2, run.exit());
            assertTrue(run.err().matches("(?s)klinedu: organisation\\.json: \\$\\.units\\[7\\]\\.level: .*TEAM.*"), run.err());
            assertNothingWritten(out);
        }

        @Test
        void a_failed_run_leaves_an_earlier_report_as_it_was() throws IOException {
            Path data = copyOfSample(work);
            Path out = work.resolve("out");
            assertEquals(0, run("--data", data.toString(), "--date", "2026-06-30", "--out", out.toString()).exit());
            String before = Files.readString(out.resolve(FollowUpCommand.JSON));
            Files.writeString(data.resolve(DataFolder.ROSTER), "{\"staff\":[{\"id\":\"nowhere:001\",\"completedTrainings\":[]}]}");

            Run run = run("--data", data.toString(), "--date", "2026-06-30", "--out", out.toString());

            assertEquals(2, run.exit());
            assertTrue(run.err().contains("roster.json: $.staff[0].id"), run.err());
            assertEquals(before, Files.readString(out.resolve(FollowUpCommand.JSON)));
            try (Stream<Path> files = Files.list(out)) {
                assertEquals(2, files.count());
            }
        }

        @Test
        void a_missing_file_an_unknown_unit_a_date_before_2022_or_no_date_exit_with_2() throws IOException {
            Path data = copyOfSample(work);
            Files.delete(data.resolve(DataFolder.INSPECTIONS));
            Path out = work.resolve("out");

            Run missing = run("--data", data.toString(), "--date", "2026-06-30", "--out", out.toString());
            Run unit = run("--data", SAMPLE.toString(), "--date", "2026-06-30", "--unit", "nowhere", "--out", out.toString());
            Run early = run("--data", SAMPLE.toString(), "--date", "2021-12-30", "--out", out.toString());
            Run noDate = run("--data", SAMPLE.toString(), "--out", out.toString());

            assertEquals(2, missing.exit());
            assertTrue(missing.err().contains("spur/inspections.json: is missing"), missing.err());
            assertEquals(2, unit.exit());
            assertTrue(unit.err().contains("--unit: is not a unit of organisation.json, was nowhere"), unit.err());
            assertEquals(2, early.exit());
            assertTrue(early.err().contains("--date"), early.err());
            assertEquals(2, noDate.exit());
            assertTrue(noDate.err().contains("--date"), noDate.err());
            assertNothingWritten(out);
        }
    }
}
