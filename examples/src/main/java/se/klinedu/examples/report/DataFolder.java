package se.klinedu.examples.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.klinedu.core.InvalidInputException;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.core.organisation.OrganisationTree;
import se.klinedu.core.organisation.OrganisationUnitId;
import se.klinedu.core.supervision.Roster;
import se.klinedu.grading.actionplan.InspectionReport;
import se.klinedu.grading.interval.UnitInspections;
import se.klinedu.indicators.observation.CsvFormat;
import se.klinedu.indicators.observation.ObservationBatch;
import se.klinedu.indicators.observation.ObservationReader;
import se.klinedu.indicators.observation.ObservationSet;
import se.klinedu.indicators.target.IndicatorCatalogue;

/**
 * A region's data folder, read and checked: {@code organisation.json} (an organisation tree),
 * {@code observations.csv} (survey and HR counts, milestones and reviews, in the standard CSV format or as
 * Swedish Excel saves it, told apart by a semicolon in the first line; units by id or name), {@code roster.json} (supervising
 * staff and their trainings), {@code spur/inspections.json} (the specialist-training units and their
 * inspection dates) and {@code spur/reports/*.json} (full inspection reports with their action plans).
 *
 * @param tree the organisation tree
 * @param observations the observations, every one of a unit of the tree
 * @param roster the staff roster; staff ids start with their unit's id and a colon
 * @param inspections the specialist-training units with their inspection dates
 * @param reports the inspection reports by file name (relative to the folder)
 */
record DataFolder(OrganisationTree tree, ObservationSet observations, Roster roster, List<UnitInspections> inspections,
        Map<String, InspectionReport> reports) {

    static final String ORGANISATION = "organisation.json";
    static final String OBSERVATIONS = "observations.csv";
    static final String ROSTER = "roster.json";
    static final String INSPECTIONS = "spur/inspections.json";
    static final String REPORTS = "spur/reports";

    private static final KlineduJson JSON = KlineduJson.standard();
    private static final int PROBLEMS_SHOWN = 10;

    /** Bad data: the message names the file and the line or JSON path. */
    static final class BadDataException extends Exception {
        private static final long serialVersionUID = 1L;

        BadDataException(String file, String problem) {
            super(file + ": " + problem);
        }
    }

    /**
     * Reads and checks a data folder.
     *
     * @param folder the folder
     * @param catalogue the indicators the observations refer to
     * @return the folder's data
     * @throws BadDataException when a file is missing, unreadable or invalid, naming the file and the place
     */
    static DataFolder read(Path folder, IndicatorCatalogue catalogue) throws BadDataException {
        if (!Files.isDirectory(folder)) {
            throw new BadDataException(folder.toString(), "is not a folder");
        }
        OrganisationTree tree = json(folder, ORGANISATION, OrganisationTree.class);

        byte[] observations = bytes(folder, OBSERVATIONS);
        ObservationBatch batch = ObservationReader.of(catalogue, tree).readCsv(new ByteArrayInputStream(observations),
                csvFormatOf(observations));
        if (!batch.isValid()) {
            String shown = batch.problems().stream().limit(PROBLEMS_SHOWN).map(Object::toString)
                    .collect(Collectors.joining("\n  "));
            int more = batch.problems().size() - PROBLEMS_SHOWN;
            throw new BadDataException(OBSERVATIONS, batch.problems().size() + " problem(s)\n  " + shown
                    + (more > 0 ? "\n  … and " + more + " more" : ""));
        }

        Roster roster = json(folder, ROSTER, Roster.class);
        for (int i = 0; i < roster.staff().size(); i++) {
            String id = roster.staff().get(i).id().value();
            if (!isUnit(tree, id.indexOf(':') < 1 ? "" : id.substring(0, id.indexOf(':')))) {
                throw new BadDataException(ROSTER, "$.staff[" + i + "].id: must start with a unit of " + ORGANISATION
                        + " and a colon, was " + id);
            }
        }

        List<UnitInspections> inspections = jsonList(folder, INSPECTIONS, UnitInspections.class);
        for (int i = 0; i < inspections.size(); i++) {
            if (tree.find(inspections.get(i).unit()).isEmpty()) {
                throw new BadDataException(INSPECTIONS, "$[" + i + "].unit: is not a unit of " + ORGANISATION + ", was "
                        + inspections.get(i).unit());
            }
        }

        Map<String, InspectionReport> reports = new TreeMap<>();
        for (String file : reportFiles(folder)) {
            InspectionReport report = json(folder, file, InspectionReport.class);
            OrganisationUnitId unit = report.assessment().unit();
            if (tree.find(unit).isEmpty()) {
                throw new BadDataException(file, "$.assessment.unit: is not a unit of " + ORGANISATION + ", was " + unit);
            }
            reports.put(file, report);
        }
        return new DataFolder(tree, batch.toSet(), roster, List.copyOf(inspections), Map.copyOf(reports));
    }

    private static boolean isUnit(OrganisationTree tree, String id) {
        try {
            return tree.find(OrganisationUnitId.of(id)).isPresent();
        } catch (InvalidInputException e) {
            return false;
        }
    }

    /** {@return the unit of a staff id of the form unit:number} */
    static OrganisationUnitId unitOf(String staffId) {
        return OrganisationUnitId.of(staffId.substring(0, staffId.indexOf(':')));
    }

    private static List<String> reportFiles(Path folder) throws BadDataException {
        Path reports = folder.resolve(REPORTS);
        if (!Files.isDirectory(reports)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(reports)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .map(file -> REPORTS + "/" + file.getFileName()).sorted().toList();
        } catch (IOException e) {
            throw new BadDataException(REPORTS, "cannot be listed: " + e.getMessage());
        }
    }

    private static <T> T json(Path folder, String file, Class<T> type) throws BadDataException {
        String text = text(folder, file);
        try {
            return JSON.read(text, type);
        } catch (InvalidInputException e) {
            throw new BadDataException(file, e.getMessage());
        }
    }

    private static <T> List<T> jsonList(Path folder, String file, Class<T> type) throws BadDataException {
        String text = text(folder, file);
        try {
            return JSON.readList(text, type);
        } catch (InvalidInputException e) {
            throw new BadDataException(file, e.getMessage());
        }
    }

    /**
     * Reads a file of the folder as UTF-8, at most {@link KlineduJson#MAX_DOCUMENT_LENGTH} bytes: a larger file, or
     * a device that never ends, is refused after that many bytes rather than read into memory.
     */
    /**
     * {@return the format of observations.csv: Swedish Excel's when its first line holds a semicolon (as
     * "Enhet;År;Antal positiva;Antal svarande" does), the standard format otherwise}
     */
    static CsvFormat csvFormatOf(byte[] csv) {
        for (byte b : csv) {
            if (b == '\n') {
                break;
            }
            if (b == ';') {
                return CsvFormat.swedishExcel();
            }
        }
        return CsvFormat.standard();
    }

    private static String text(Path folder, String file) throws BadDataException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes(folder, file))).toString();
        } catch (CharacterCodingException e) {
            throw new BadDataException(file, "is not UTF-8 text");
        }
    }

    private static byte[] bytes(Path folder, String file) throws BadDataException {
        try (InputStream in = Files.newInputStream(folder.resolve(file))) {
            byte[] bytes = in.readNBytes((int) KlineduJson.MAX_DOCUMENT_LENGTH + 1);
            if (bytes.length > KlineduJson.MAX_DOCUMENT_LENGTH) {
                throw new BadDataException(file, "is larger than " + KlineduJson.MAX_DOCUMENT_LENGTH + " bytes (16 MiB)");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new BadDataException(file, "is missing from " + folder);
        } catch (IOException e) {
            throw new BadDataException(file, "cannot be read: " + e.getMessage());
        }
    }

    /** {@return every unit id of a subtree} */
    List<OrganisationUnitId> subtree(OrganisationUnitId unit) {
        List<OrganisationUnitId> ids = new ArrayList<>();
        tree.subtree(unit).forEach(u -> ids.add(u.id()));
        return ids;
    }
}
