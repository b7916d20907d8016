package se.klinedu.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static java.util.stream.Collectors.toCollection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import se.klinedu.core.Counts;
import se.klinedu.core.testkit.ArchitectureRules;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The architecture of the core module: what it may depend on, what its public API may expose, and how
 * its classes are named.
 */
@AnalyzeClasses(packages = "se.klinedu.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String CORE_MODULE = "se.klinedu.core";
    private static final String INTERNAL = "se.klinedu.core.internal";

    @ArchTest
    static final ArchRule core_depends_on_no_other_klinedu_module = noClasses()
            .that().resideInAPackage("se.klinedu.core..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("se.klinedu.indicators..", "se.klinedu.grading..", "se.klinedu.examples..")
            .because("core is the kernel the other modules build on; a dependency back would be a cycle");

    @ArchTest
    static final ArchTests klinedu = ArchTests.in(ArchitectureRules.class);

    @Test
    void module_descriptor_exports_every_package_but_internal_and_internal_only_to_named_modules()
            throws IOException, URISyntaxException {
        ModuleDescriptor descriptor = coreModuleDescriptor();
        Set<String> publicPackages = mainPackages();
        publicPackages.removeIf(ArchitectureTest::isInternal);

        Map<String, Set<String>> exportTargets = new TreeMap<>();
        descriptor.exports().forEach(export -> exportTargets.put(export.source(), export.targets()));
        Set<String> unqualified = new TreeSet<>();
        exportTargets.forEach((pkg, targets) -> {
            if (targets.isEmpty()) {
                unqualified.add(pkg);
            }
        });
        assertEquals(CORE_MODULE, descriptor.name());
        assertFalse(publicPackages.isEmpty(), "the scan found no main packages");
        assertEquals(publicPackages, unqualified, "packages exported to everybody");
        assertTrue(exportTargets.containsKey(INTERNAL), INTERNAL + " is exported to the sibling modules");
        assertFalse(exportTargets.get(INTERNAL).isEmpty(), INTERNAL + " is exported only to named modules");
    }

    /**
     * The codec makes the readers of value types (their builders) and the serializers a type names in
     * {@code @JsonSerialize}/{@code @JsonDeserialize} by reflection: outside core's own tests, which run with
     * every tested package opened, only what the module descriptor opens is open to it.
     */
    @Test
    void module_descriptor_opens_to_the_codec_every_package_whose_classes_it_makes()
            throws IOException, URISyntaxException {
        Set<String> opened = coreModuleDescriptor().opens().stream()
                .filter(opens -> opens.targets().contains("tools.jackson.databind"))
                .map(ModuleDescriptor.Opens::source)
                .collect(toCollection(TreeSet::new));
        Set<String> made = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(CORE_MODULE)
                .stream()
                .filter(type -> type.isAnnotatedWith(JsonDeserialize.class) || type.isAnnotatedWith(JsonSerialize.class))
                .map(JavaClass::getPackageName)
                .collect(toCollection(TreeSet::new));

        assertTrue(made.contains("se.klinedu.core.explain"), made.toString());
        assertTrue(opened.containsAll(made), "opened " + opened + ", made by the codec " + made);
    }

    private static boolean isInternal(String pkg) {
        return pkg.equals(INTERNAL) || pkg.startsWith(INTERNAL + ".");
    }

    private static Set<String> mainPackages() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(CORE_MODULE)
                .stream()
                .map(JavaClass::getPackageName)
                .collect(toCollection(TreeSet::new));
    }

    /**
     * The descriptor of the running module, or, when the tests run on the class path, the one compiled
     * into the main classes' directory.
     */
    private static ModuleDescriptor coreModuleDescriptor() throws IOException, URISyntaxException {
        Module module = Counts.class.getModule();
        if (module.isNamed()) {
            return module.getDescriptor();
        }
        Path classes = Path.of(Counts.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!Files.isDirectory(classes)) {
            classes = Path.of("target", "classes");
        }
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }
}
