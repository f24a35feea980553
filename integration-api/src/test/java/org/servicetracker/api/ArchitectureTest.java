package org.servicetracker.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;

/**
 * The API module's rules from ARCHITECTURE.md: resources return DTO records, never entities; and
 * one instance of each resource serves every request (see {@link ApiApplication}).
 */
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

  @ArchTest
  static final ArchRule oneResourceInstanceServesEveryRequest =
      classes()
          .that()
          .areAnnotatedWith(Path.class)
          .should()
          .beAnnotatedWith(ApplicationScoped.class);

  /** A shared resource keeps nothing of a request: its fields are injected or constants. */
  @ArchTest
  static final ArchRule resourcesKeepNoRequestState =
      fields()
          .that()
          .areDeclaredInClassesThat()
          .areAnnotatedWith(Path.class)
          .and()
          .areNotStatic()
          .should()
          .beAnnotatedWith(Inject.class)
          .orShould()
          .beAnnotatedWith(Context.class);
}
