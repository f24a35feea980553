package org.servicetracker.tech;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The web module's rules from ARCHITECTURE.md: pages go through domain services, modules stay
 * apart.
 */
@AnalyzeClasses(
    packages = "org.servicetracker.tech",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule webModulesNeverDependOnEachOther =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.servicetracker.portal..", "org.servicetracker.api..");

  @ArchTest
  static final ArchRule pagesNeverQueryTheDatabaseThemselves =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.persistence..", "java.sql..")
          .because("services scope every query to the caller, so a page cannot forget tenancy");

  @ArchTest
  static final ArchRule pagesUseServicesNotRepositories =
      noClasses().should().dependOnClassesThat().haveSimpleNameEndingWith("Repository");
}
