package se.klinedu.grading.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import se.klinedu.core.testkit.ArchitectureRules;

/** The architecture of the grading module: the rules every module keeps, and grading → core only. */
@AnalyzeClasses(packages = "se.klinedu.grading", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests klinedu = ArchTests.in(ArchitectureRules.class);

    @ArchTest
    static final ArchRule grading_depends_on_core_jackson_and_the_jdk_only =
            ArchitectureRules.dependsOnCoreJacksonAndTheJdkOnly("grading");
}
