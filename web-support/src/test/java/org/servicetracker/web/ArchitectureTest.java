package org.servicetracker.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Web support serves the web modules and knows none of them; it never queries by itself. */
@AnalyzeClasses(
    packages = "org.servicetracker.web",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule knowsNoWebModule =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.servicetracker.portal..",
              "org.servicetracker.tech..",
              "org.servicetracker.api..");

  @ArchTest
  static final ArchRule neverQueriesTheDatabase =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.persistence..", "java.sql..");
}
