package se.klinedu.grading.arch;

import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.targetOwner;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "se.klinedu.grading", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule indicators = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("se.klinedu.indicators..", "se.klinedu.examples..")
            .because("indicators and grading depend on core only; callers compose them");

    @ArchTest
    static final ArchRule nothing_reads_the_clock = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("evaluation takes the reference date as a parameter");

    @ArchTest
    static final ArchRule grading_depends_on_core_jackson_and_the_jdk_only = classes()
            .that().resideInAPackage("se.klinedu.grading..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("se.klinedu.grading..", "se.klinedu.core..",
                    "java..", "tools.jackson..", "com.fasterxml.jackson.annotation..", "org.immutables..")
            .because("grading → core only: indicators and grading do not know each other, and the runtime needs Jackson 3 alone");

    @ArchTest
    static final ArchRule no_class_asks_for_the_current_date = noClasses()
            .should().accessTargetWhere(target(name("now")).and(targetOwner(resideInAPackage("java.time.."))))
            .because("the reference date is a parameter, so a result never depends on when it is computed");
}
