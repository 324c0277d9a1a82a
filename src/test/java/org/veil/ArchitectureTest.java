package org.veil;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of ARCHITECTURE.md, each with its reason. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.veil");
  }

  @Test
  void onlyTheUiUsesJavaFx() {
    ArchRule rule =
        noClasses()
            .that()
            .resideOutsideOfPackage("org.veil.ui..")
            .and()
            .doNotHaveFullyQualifiedName("org.veil.Launcher")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javafx..")
            .because("the core runs in the CLI and in plain tests, without a display");
    rule.check(classes);
  }

  @Test
  void onlyTheStoreTouchesSql() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.veil.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "org.sqlite..")
        .because("one package owns the case database, so it can move to another engine")
        .check(classes);
  }

  @Test
  void onlyTheIndexTouchesLucene() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.veil.index..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.lucene..")
        .because("search sits behind the index package, so it can move to a search server")
        .check(classes);
  }

  @Test
  void nothingDependsOnTheUiOrTheCli() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.veil.ui..", "org.veil.cli..")
        .and()
        .doNotHaveFullyQualifiedName("org.veil.Launcher")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.veil.ui..", "org.veil.cli..")
        .because("the front ends sit on top of the core, never under it")
        .check(classes);
  }

  @Test
  void uiAndCliAreIndependent() {
    noClasses()
        .that()
        .resideInAPackage("org.veil.ui..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.veil.cli..")
        .because("two front ends over one core; neither calls the other")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("org.veil.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.veil.ui..")
        .because("two front ends over one core; neither calls the other")
        .check(classes);
  }

  @Test
  void modelIsPlainJava() {
    noClasses()
        .that()
        .resideInAPackage("org.veil.model..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("org.veil.model..", "java..")
        .because("records for data are shared by every layer and must not drag any in")
        .check(classes);
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices()
        .matching("org.veil.(*)..")
        .should()
        .beFreeOfCycles()
        .because("layers that depend on each other cannot be understood or tested alone")
        .check(classes);
  }

  @Test
  void onlyTheCliPrintsToStandardOutput() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.veil.cli..")
        .should()
        .accessField(System.class, "out")
        .because("the core reports through return values and progress, the CLI prints")
        .check(classes);
  }

  @Test
  void threadsHaveNames() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("org.veil.task.NamedThreads")
        .should()
        .callConstructor(Thread.class, Runnable.class)
        .orShould()
        .callConstructor(Thread.class)
        .orShould()
        .callMethod(java.util.concurrent.Executors.class, "defaultThreadFactory")
        .orShould()
        .callMethod(java.util.concurrent.Executors.class, "newFixedThreadPool", int.class)
        .orShould()
        .callMethod(java.util.concurrent.Executors.class, "newCachedThreadPool")
        .orShould()
        .callMethod(java.util.concurrent.Executors.class, "newSingleThreadExecutor")
        .because("a thread dump must say what each thread does (veil-ingest-1, veil-writer)")
        .check(classes);
  }
}
