package se.klinedu.examples;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import se.klinedu.core.generators.CoreGenerators;
import se.klinedu.core.json.KlineduJson;
import se.klinedu.grading.actionplan.InspectionReport;
import se.klinedu.grading.criteria.SpurModel;
import se.klinedu.grading.generators.GradingGenerators;
import se.klinedu.indicators.generators.IndicatorsGenerators;
import se.klinedu.indicators.target.IndicatorCatalogue;

/**
 * Run by {@link ModulePathTest} with the library's modules on a real module path: reads every module's
 * reference data and sends a generated value of every type the generators make through JSON and back.
 * A package whose JSON creator or resource is not opened to Jackson or to core fails here.
 */
final class ModulePathProbe {

    private ModulePathProbe() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        System.out.println("strategy goals: " + se.klinedu.core.strategy.OrebroStrategy.load().overallGoals().size());
        System.out.println("indicators: " + IndicatorCatalogue.load("orebro").indicators().size());
        SpurModel model = SpurModel.load();
        System.out.println("SPUR criteria: " + model.criteria().size());
        System.out.println("worked example items: " + InspectionReport.load().actionPlan().items().size());
        KlineduJson json = KlineduJson.standard();
        int roundTrips = 0;
        for (Class<?> generators : List.of(CoreGenerators.class, IndicatorsGenerators.class, GradingGenerators.class)) {
            for (Method method : generators.getMethods()) {
                Object value = generate(method, model);
                if (value == null) {
                    continue;
                }
                Object back = json.read(json.write(value), method.getReturnType());
                if (!Objects.equals(value, back)) {
                    throw new AssertionError(method + ": " + value + " came back as " + back);
                }
                roundTrips++;
            }
        }
        System.out.println("JSON round trips: " + roundTrips);
    }

    /** A value from a generator taking a Random (and the SPUR model), of one of the library's own types. */
    private static Object generate(Method method, SpurModel model) throws ReflectiveOperationException {
        Class<?>[] parameters = method.getParameterTypes();
        Class<?> type = method.getReturnType();
        boolean libraryType = type.getPackageName().startsWith("se.klinedu.") && !type.getPackageName().endsWith(".generators");
        if (!Modifier.isStatic(method.getModifiers()) || !libraryType || parameters.length == 0 || parameters[0] != Random.class) {
            return null;
        }
        if (parameters.length == 1) {
            return method.invoke(null, new Random(7));
        }
        if (parameters.length == 2 && parameters[1] == SpurModel.class) {
            return method.invoke(null, new Random(7), model);
        }
        return null;
    }
}
