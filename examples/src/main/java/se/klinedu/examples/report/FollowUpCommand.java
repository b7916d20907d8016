package se.klinedu.examples.report;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.Language;
import se.klinedu.core.json.JsonEnum;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.indicators.target.IndicatorCatalogue;

/**
 * The follow-up report of a region's clinical education: reads a data folder (see {@link DataFolder}),
 * prints a summary (goals → effect goals → indicators, SPUR grades, action items by follow-up status, the
 * inspection interval and the supervisor-training share) and writes {@code report.html} and
 * {@code report.json} to the output folder, all in the language of {@code --lang} (Swedish by default). A
 * bad data folder exits with 2 and a message naming the file and the line or JSON path, and writes nothing.
 */
@Command(name = "klinedu-follow-up", mixinStandardHelpOptions = true, version = "klinedu follow-up 0.1.0",
        description = "Follow-up of a region's clinical education: prints a summary and writes report.html and report.json.",
        sortOptions = false)
public final class FollowUpCommand implements Callable<Integer> {

    /** Exit code of a bad data folder or bad arguments. */
    static final int BAD_INPUT = 2;
    /** Exit code when the report cannot be written. */
    static final int CANNOT_WRITE = 1;

    static final String HTML = "report.html";
    static final String JSON = "report.json";

    @Option(names = "--data", paramLabel = "<dir>", defaultValue = "examples/sample-data",
            description = {"The data folder (default: ${DEFAULT-VALUE}): organisation.json, observations.csv, roster.json, "
                    + "spur/inspections.json and spur/reports/*.json.",
                    "observations.csv is comma-separated UTF-8 with the header indicator,unit,period,numerator,"
                    + "denominator,done,date,review (any order, unused value columns left out), or as Swedish Excel "
                    + "saves it: semicolon-separated, Windows-1252 or UTF-8, decimal comma, headers such as "
                    + "Indikator;Enhet;År;Antal positiva;Antal svarande. A unit cell holds a unit's id or name."})
    private Path data;

    @Option(names = "--date", paramLabel = "<yyyy-mm-dd>", required = true,
            description = "The reference date: the last year ended by it is reported, action items are followed up at it.")
    private LocalDate date;

    @Option(names = "--unit", paramLabel = "<id>", description = "The unit to report on (default: the tree's root).")
    private String unit;

    @Option(names = "--out", paramLabel = "<dir>", defaultValue = "target/report",
            description = "Where report.html and report.json go (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--lang", paramLabel = "<sv|nb|en>", defaultValue = "sv", converter = LanguageConverter.class,
            description = "The language of the summary, report.html and the reasons' texts in report.json: sv (Swedish), "
                    + "nb (Norwegian bokmål) or en (English) (default: ${DEFAULT-VALUE}).")
    private Language language;

    private final PrintStream stdout;
    private final PrintStream stderr;
    private final boolean progress;

    private FollowUpCommand(PrintStream stdout, PrintStream stderr, boolean progress) {
        this.stdout = stdout;
        this.stderr = stderr;
        this.progress = progress;
    }

    /**
     * Runs the command.
     *
     * @param args the command line; {@code --help} lists the options
     */
    public static void main(String[] args) {
        PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, stdout, stderr, true));
    }

    /**
     * Runs the command with the given streams, without a spinner.
     *
     * @param args the command line
     * @param stdout where the summary goes
     * @param stderr where errors go
     * @return the exit code: 0, 1 when the report cannot be written, 2 for a bad data folder or bad arguments
     */
    static int run(String[] args, PrintStream stdout, PrintStream stderr) {
        return run(args, stdout, stderr, false);
    }

    private static int run(String[] args, PrintStream stdout, PrintStream stderr, boolean progress) {
        CommandLine line = new CommandLine(new FollowUpCommand(stdout, stderr, progress));
        line.setOut(new PrintWriter(stdout, true));
        line.setErr(new PrintWriter(stderr, true));
        return line.execute(args);
    }

    @Override
    public Integer call() {
        ReportLanguage words = ReportLanguage.of(language);
        try (Progress spinner = progress ? Progress.onTerminal(stderr, words) : Progress.none()) {
            spinner.step("progress.reading", data);
            IndicatorCatalogue catalogue = IndicatorCatalogue.load("orebro");
            DataFolder folder = DataFolder.read(data, catalogue);
            OrganisationUnitId reported = unitOf(folder);
            RegionReport report = RegionReport.of(folder, catalogue, reported, date, language, spinner);
            spinner.step("progress.writing", out);
            String html = HtmlReport.render(report, catalogue, words);
            String json = KlineduJson.standard().in(language).writePretty(report) + "\n";
            spinner.close();
            write(html, json);
            TerminalSummary.print(report, catalogue, words, stdout);
            stdout.println();
            stdout.println(words.text("report.written", out.resolve(HTML), out.resolve(JSON)));
            return 0;
        } catch (DataFolder.BadDataException | RegionReport.BadArgumentException e) {
            stderr.println("klinedu: " + e.getMessage());
            return BAD_INPUT;
        } catch (IOException e) {
            stderr.println("klinedu: cannot write the report to " + out + ": " + e.getMessage());
            return CANNOT_WRITE;
        }
    }

    /** Reads {@code --lang}: a language's tag, any other value an error that names it. */
    static final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            try {
                return Language.of(value);
            } catch (InvalidInputException e) {
                throw new CommandLine.TypeConversionException(JsonEnum.rule(Language.class) + ", was " + value);
            }
        }
    }

    private OrganisationUnitId unitOf(DataFolder folder) throws RegionReport.BadArgumentException {
        if (unit == null) {
            return folder.tree().root().id();
        }
        Optional<OrganisationUnitId> id;
        try {
            id = Optional.of(OrganisationUnitId.of(unit)).filter(u -> folder.tree().find(u).isPresent());
        } catch (InvalidInputException e) {
            id = Optional.empty();
        }
        return id.orElseThrow(() -> new RegionReport.BadArgumentException(
                "--unit: is not a unit of " + DataFolder.ORGANISATION + ", was " + unit));
    }

    /** Writes both files to a temporary folder beside the output folder, then moves them in: never half a report. */
    private void write(String html, String json) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Files.createDirectories(target);
        Path temporary = Files.createTempDirectory(target, ".report-");
        try {
            Files.writeString(temporary.resolve(HTML), html, StandardCharsets.UTF_8);
            Files.writeString(temporary.resolve(JSON), json, StandardCharsets.UTF_8);
            for (String file : List.of(JSON, HTML)) {
                Files.move(temporary.resolve(file), target.resolve(file), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            try (Stream<Path> left = Files.walk(temporary)) {
                for (Path path : left.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }
}
