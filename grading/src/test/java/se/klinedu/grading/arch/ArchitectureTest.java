package se.klinedu.grading.arch;

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
}
