package se.klinedu.core.testkit;

import static com.tngtech.archunit.base.DescribedPredicate.anyElementThat;
import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.targetOwner;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import se.klinedu.core.internal.KlineduStyle;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The architecture rules every klinedu module keeps, as an ArchUnit rule library: a module's
 * {@code ArchitectureTest} includes them with {@code @ArchTest static final ArchTests klinedu =
 * ArchTests.in(ArchitectureRules.class)} and adds the rule of its own dependencies, for a module built
 * on core {@link #dependsOnCoreJacksonAndTheJdkOnly(String)}.
 */
public final class ArchitectureRules {

    /**
     * The value types (styled {@code @KlineduStyle}, or written by hand and read through a builder) and the
     * {@code Builder} each nests; not the generated, hidden ones.
     */
    private static final DescribedPredicate<JavaClass> VALUE_TYPES_AND_THEIR_BUILDERS = DescribedPredicate.describe(
            "value types and their builders",
            type -> isValueType(type) || (type.getSimpleName().equals("Builder")
                    && type.getEnclosingClass().filter(ArchitectureRules::isValueType).isPresent()));

    private static boolean isValueType(JavaClass type) {
        return type.isAnnotatedWith(KlineduStyle.class)
                || type.isAnnotatedWith("tools.jackson.databind.annotation.JsonDeserialize") && !type.isInterface();
    }

    /** No clock: the reference date is a parameter. */
    @ArchTest
    public static final ArchRule no_class_uses_a_clock = noClasses()
            .should().dependOnClassesThat().belongToAnyOf(Clock.class)
            .because("evaluation takes the reference date as a parameter, so a result never depends on when it is computed");

    /** No {@code now()} of any java.time type, no system time. */
    @ArchTest
    public static final ArchRule no_class_asks_for_the_current_date_or_time = noClasses()
            // calls and method references alike (LocalDate.now(), Instant::now) of every java.time type
            .should().accessTargetWhere(target(name("now")).and(targetOwner(resideInAPackage("java.time.."))))
            .orShould().accessTargetWhere(target(nameMatching("currentTimeMillis|nanoTime"))
                    .and(targetOwner(equivalentTo(System.class))))
            .because("evaluation takes the reference date as a parameter, so a result never depends on when it is computed");

    /** Jackson 3 only. */
    @ArchTest
    public static final ArchRule no_class_depends_on_jackson_2_databind = noClasses()
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson.databind..")
            .because("klinedu reads and writes JSON with Jackson 3 (tools.jackson); only the annotations are shared with Jackson 2");

    /** Internal types stay out of the public API. */
    @ArchTest
    public static final ArchRule public_methods_outside_internal_neither_return_nor_take_internal_types = methods()
            .that().arePublic()
            .and().areDeclaredInClassesThat().arePublic()
            .and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
            .should().notHaveRawReturnType(resideInAPackage("..internal.."))
            .andShould().notHaveRawParameterTypes(anyElementThat(resideInAPackage("..internal..")))
            .because("internal is exported only to klinedu's own modules, so a user could not name such a type");

    /** Records only for internal tuples. */
    @ArchTest
    public static final ArchRule records_live_only_in_internal_packages = noClasses()
            .that().resideOutsideOfPackage("..internal..")
            .should().beRecords()
            .because("records are for short-lived internal tuples; public values are Immutables abstract classes with checks");

    /** Names say what a thing is. */
    @ArchTest
    public static final ArchRule no_class_is_named_after_a_vague_role = noClasses()
            .should().haveSimpleNameEndingWith("Util")
            .orShould().haveSimpleNameEndingWith("Utils")
            .orShould().haveSimpleNameEndingWith("Helper")
            .orShould().haveSimpleNameEndingWith("Manager")
            .orShould().haveSimpleNameEndingWith("Impl")
            .orShould().haveSimpleNameEndingWith("Dto")
            .orShould().haveSimpleNameEndingWith("Service")
            .because("a function lives on its concept or on a plural noun of what it produces (STYLE.md, Names)");

    /** The generated implementations are no way round the checks: only the value type and its builder are public. */
    @ArchTest
    public static final ArchRule generated_implementations_are_not_public = noClasses()
            .that().haveSimpleNameStartingWith("Immutable")
            .should().bePublic()
            .because("an Immutable* class's of, copyOf and with… methods are ways to make a value the public factories "
                    + "would reject; users build values through the value type's factories and its Builder, whose build() checks");

    /** A value is made only by its factories and its builder. */
    @ArchTest
    public static final ArchRule value_types_and_their_builders_have_no_public_constructor = constructors()
            .that().areDeclaredInClassesThat(VALUE_TYPES_AND_THEIR_BUILDERS)
            .should().notBePublic()
            .because("a value type's factories and Builder.build() apply its checks; a public constructor would skip them");

    /** Read through the builder: a JSON creator is only for a value written as one JSON value. */
    @ArchTest
    public static final ArchRule json_creators_read_only_values_written_as_one_json_value = methods()
            .that().areAnnotatedWith(JsonCreator.class)
            .should(ArchCondition.from(DescribedPredicate.<JavaMethod>describe("take one parameter",
                    method -> method.getRawParameterTypes().size() == 1)))
            .andShould().beDeclaredInClassesThat(DescribedPredicate.describe("are written as one JSON value (@JsonValue)",
                    type -> type.getAllMethods().stream().anyMatch(method -> method.isAnnotatedWith(JsonValue.class))))
            .because("an object is read through its type's Builder (@JsonDeserialize(builder = …)), so each attribute is "
                    + "named once, on its accessor; only an id, a period or a list written as one JSON value has a reading of its own");

    /** Every value type can be read back. */
    @ArchTest
    public static final ArchRule value_types_are_read_through_their_builder_or_as_one_json_value = classes()
            .that().areAnnotatedWith(KlineduStyle.class)
            .should(ArchCondition.from(DescribedPredicate.<JavaClass>describe(
                    "be read through their builder or have a JSON creator",
                    type -> type.isAnnotatedWith(JsonDeserialize.class)
                            || type.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(JsonCreator.class)))))
            .because("a value klinedu writes as JSON is read back from it (JsonRoundTripContract)");

    private ArchitectureRules() {
    }

    /**
     * {@return the dependency rule of a module built on core: its classes depend on its own, core's, the JDK's,
     * Jackson 3's and the Immutables annotations only}
     *
     * @param module the module's name, such as {@code indicators}
     */
    public static ArchRule dependsOnCoreJacksonAndTheJdkOnly(String module) {
        String modulePackage = "se.klinedu." + module + "..";
        return classes()
                .that().resideInAPackage(modulePackage)
                .should().onlyDependOnClassesThat().resideInAnyPackage(modulePackage, "se.klinedu.core..",
                        "java..", "tools.jackson..", "com.fasterxml.jackson.annotation..", "org.immutables..")
                .because(module + " → core only: indicators and grading do not know each other, and the runtime"
                        + " needs Jackson 3 alone");
    }
}
