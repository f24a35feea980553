package org.servicetracker.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;

/** The API module's rules from ARCHITECTURE.md: resources return DTO records, never entities. */
@AnalyzeClasses(
    packages = "org.servicetracker.api",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule resourcesNeverReturnEntities =
      noMethods()
          .that()
          .areDeclaredInClassesThat()
          .areAnnotatedWith(Path.class)
          .should()
          .haveRawReturnType(
              com.tngtech.archunit.base.DescribedPredicate.describe(
                  "an entity", c -> c.isAnnotatedWith(Entity.class)));

  @ArchTest
  static final ArchRule apiNeverTouchesTheWebModules =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.servicetracker.portal..", "org.servicetracker.tech..");

  @ArchTest
  static final ArchRule apiNeverQueriesTheDatabaseItself =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.persistence..", "java.sql..")
          .orShould()
          .dependOnClassesThat()
          .haveSimpleNameEndingWith("Repository");
}
