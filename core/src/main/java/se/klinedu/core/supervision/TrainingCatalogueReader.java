package se.klinedu.core.supervision;

import static se.klinedu.core.internal.CoreReaders.localizedText;

import java.math.BigDecimal;
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
                case "trainings" -> catalogue.addAllTrainings(in.list(TrainingCatalogueReader::training));
                case "roles" -> catalogue.addAllRoles(in.list(TrainingCatalogueReader::role));
                default -> throw in.unknownField();
            }
        }
        return in.requiring(catalogue.build(), "provenance", "trainings", "roles");
    }

    private static SupervisorTraining training(JsonCursor in) {
        SupervisorTraining.Builder training = SupervisorTraining.builder();
        in.beginObject();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "id" -> training.id(TrainingId.of(in.string()));
                case "name" -> training.name(localizedText(in));
                case "scope" -> training.scope(in.isNull() ? Optional.empty() : Optional.of(scope(in)));
                case "whereToFind" -> training.whereToFind(CoreReaders.optionalText(in));
                case "prerequisites" -> training.addAllPrerequisites(in.list(TrainingCatalogueReader::trainingId));
                default -> throw in.unknownField();
            }
        }
        return in.requiring(training.build(), "id", "name", "prerequisites");
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

    private static SupervisionRole role(JsonCursor in) {
        ImmutableSupervisionRole.Builder role = ImmutableSupervisionRole.builder();
        in.beginObject();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "id" -> role.id(SupervisionRoleId.of(in.string()));
                case "targetGroup" -> role.targetGroup(localizedText(in));
                case "trainings" -> role.addAllTrainings(in.list(TrainingCatalogueReader::trainingId));
                case "physiciansFollow" -> role.physiciansFollow(
                        in.isNull() ? Optional.empty() : Optional.of(SupervisionRoleId.of(in.string())));
                default -> throw in.unknownField();
            }
        }
        return in.requiring(role.build(), "id", "targetGroup", "trainings");
    }

    private static TrainingId trainingId(JsonCursor in) {
        return TrainingId.of(in.string());
    }

    private static Optional<TrainingId> optionalTrainingId(JsonCursor in) {
        return in.isNull() ? Optional.empty() : Optional.of(trainingId(in));
    }

    private static Optional<BigDecimal> optionalDecimal(JsonCursor in) {
        return in.isNull() ? Optional.empty() : Optional.of(in.decimal());
    }
}
