package se.klinedu.indicators.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import se.klinedu.core.testkit.ArchitectureRules;

/** The architecture of the indicators module: the rules every module keeps, and indicators → core only. */
@AnalyzeClasses(packages = "se.klinedu.indicators", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests klinedu = ArchTests.in(ArchitectureRules.class);

    @ArchTest
    static final ArchRule indicators_depends_on_core_jackson_and_the_jdk_only =
            ArchitectureRules.dependsOnCoreJacksonAndTheJdkOnly("indicators");
}
