package org.servicetracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain module's rules from ARCHITECTURE.md. */
@AnalyzeClasses(
    packages = "org.servicetracker",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule domainKnowsNothingOfTheWeb =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.faces..", "jakarta.ws.rs..", "jakarta.servlet..", "org.primefaces..")
          .because("the domain serves the portal, the technician app and the API alike");

  @ArchTest
  static final ArchRule featuresHaveNoCycles =
      slices().matching("org.servicetracker.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule onlyTheDemoLoaderUsesDemoData =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.servicetracker.demo..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.servicetracker.demo..");
}
