package se.klinedu.core.supervision;

import static se.klinedu.core.internal.CoreReaders.localizedText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.klinedu.core.internal.CoreReaders;
import se.klinedu.core.internal.JsonCursor;

/**
 * Reads a supervisor-training catalogue's reference document ({@code stockholm-supervisor-training.json},
 * {@code vo-college-steps.json}) on a {@link JsonCursor} into the builders, as strictly as the codec reads
 * {@link SupervisorTrainingCatalogue}.
 */
final class TrainingCatalogueReader {

    private TrainingCatalogueReader() {
    }

    static SupervisorTrainingCatalogue catalogue(JsonCursor in) {
        SupervisorTrainingCatalogue.Builder catalogue = SupervisorTrainingCatalogue.builder();
        in.beginObject();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "provenance" -> catalogue.provenance(CoreReaders.provenance(in));
                case "minimumLevelTraining" -> catalogue.minimumLevelTraining(optionalTrainingId(in));
                case "trainings" -> catalogue.addAllTrainings(trainings(in));
                case "roles" -> catalogue.addAllRoles(roles(in));
                default -> throw in.unknownField();
            }
        }
        return in.requiring(catalogue.build(), "provenance", "trainings", "roles");
    }

    private static List<SupervisorTraining> trainings(JsonCursor in) {
        List<SupervisorTraining> trainings = new ArrayList<>();
        in.beginArray();
        while (in.nextElement()) {
            SupervisorTraining.Builder training = SupervisorTraining.builder();
            in.beginObject();
            for (String field = in.nextField(); field != null; field = in.nextField()) {
                switch (field) {
                    case "id" -> training.id(TrainingId.of(in.string()));
                    case "name" -> training.name(localizedText(in));
                    case "scope" -> training.scope(in.isNull() ? Optional.empty() : Optional.of(scope(in)));
                    case "whereToFind" -> training.whereToFind(CoreReaders.optionalText(in));
                    case "prerequisites" -> training.addAllPrerequisites(trainingIds(in));
                    default -> throw in.unknownField();
                }
            }
            trainings.add(in.requiring(training.build(), "id", "name", "prerequisites"));
        }
        return trainings;
    }

    private static TrainingScope scope(JsonCursor in) {
        TrainingScope.Builder scope = TrainingScope.builder();
        in.beginObject();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "text" -> scope.text(localizedText(in));
                case "unit" -> scope.unit(in.code(ScopeUnit.class));
                case "min" -> scope.min(in.decimal());
                case "max" -> scope.max(in.decimal());
                case "approximate" -> scope.approximate(in.bool());
                case "selfStudy" -> scope.selfStudy(optionalDecimal(in));
                case "credits" -> scope.credits(optionalDecimal(in));
                case "webBased" -> scope.webBased(in.bool());
                default -> throw in.unknownField();
            }
        }
        return in.requiring(scope.build(), "text", "unit", "min", "max", "approximate", "webBased");
    }

    private static List<SupervisionRole> roles(JsonCursor in) {
        List<SupervisionRole> roles = new ArrayList<>();
        in.beginArray();
        while (in.nextElement()) {
            ImmutableSupervisionRole.Builder role = ImmutableSupervisionRole.builder();
            in.beginObject();
            for (String field = in.nextField(); field != null; field = in.nextField()) {
                switch (field) {
                    case "id" -> role.id(SupervisionRoleId.of(in.string()));
                    case "targetGroup" -> role.targetGroup(localizedText(in));
                    case "trainings" -> role.addAllTrainings(trainingIds(in));
                    case "physiciansFollow" -> role.physiciansFollow(
                            in.isNull() ? Optional.empty() : Optional.of(SupervisionRoleId.of(in.string())));
                    default -> throw in.unknownField();
                }
            }
            roles.add(in.requiring(role.build(), "id", "targetGroup", "trainings"));
        }
        return roles;
    }

    private static List<TrainingId> trainingIds(JsonCursor in) {
        List<TrainingId> ids = new ArrayList<>();
        in.beginArray();
        while (in.nextElement()) {
            ids.add(TrainingId.of(in.string()));
        }
        return ids;
    }

    private static Optional<TrainingId> optionalTrainingId(JsonCursor in) {
        return in.isNull() ? Optional.empty() : Optional.of(TrainingId.of(in.string()));
    }

    private static Optional<BigDecimal> optionalDecimal(JsonCursor in) {
        return in.isNull() ? Optional.empty() : Optional.of(in.decimal());
    }
}
