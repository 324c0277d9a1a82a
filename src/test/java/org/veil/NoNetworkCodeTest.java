package org.veil;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramSocket;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.net.URLConnection;
import java.nio.channels.AsynchronousServerSocketChannel;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.veil.offline.RemoteAddresses;

/**
 * The static half of the offline guarantee: no Veil class uses a networking API, no compiled
 * constant or bundled resource names a remote address other than a namespace, and no stylesheet or
 * layout (Veil's or a library's) pulls a font, image or sheet from the web.
 */
class NoNetworkCodeTest {
  static final ArchRule NO_NETWORK_API =
      noClasses()
          .that()
          .resideInAPackage("org.veil..")
          .should()
          .dependOnClassesThat(
              belongToAnyOf(
                      Socket.class,
                      ServerSocket.class,
                      DatagramSocket.class,
                      URLConnection.class,
                      HttpURLConnection.class,
                      SocketChannel.class,
                      ServerSocketChannel.class,
                      DatagramChannel.class,
                      AsynchronousSocketChannel.class,
                      AsynchronousServerSocketChannel.class,
                      java.awt.Desktop.class,
                      javafx.application.HostServices.class,
                      org.jsoup.Connection.class)
                  .or(resideInAnyPackage("java.net.http..", "javax.net..", "javafx.scene.web..")))
          .orShould()
          .callMethod(URL.class, "openConnection")
          .orShould()
          .callMethod(URL.class, "openConnection", Proxy.class)
          .orShould()
          .callMethod(URL.class, "openStream")
          .orShould()
          .callMethod(URL.class, "getContent")
          .orShould()
          .callMethod(InetAddress.class, "getByName", String.class)
          .orShould()
          .callMethod(InetAddress.class, "getAllByName", String.class)
          .orShould()
          .callMethod(org.jsoup.Jsoup.class, "connect", String.class)
          .because(
              "Veil runs on air-gapped laptops: no code path may open a connection (bundled"
                  + " resources are read with getResourceAsStream, not through URLs)");

  private static Path mainClasses() throws Exception {
    return Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @Test
  void noVeilClassUsesANetworkingApi() {
    JavaClasses veil =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.veil");
    NO_NETWORK_API.check(veil);
  }

  @Test
  void theRuleCatchesAClassThatWouldFetchAUrl() {
    JavaClasses leaky =
        new ClassFileImporter().importPackages("org.veil.offline"); // test classes: LeakyFetcher
    AssertionError caught = assertThrows(AssertionError.class, () -> NO_NETWORK_API.check(leaky));
    assertTrue(caught.getMessage().contains("LeakyFetcher"), caught.getMessage());
  }

  @Test
  void compiledCodeAndResourcesNameNoRemoteAddressButNamespaces() throws Exception {
    Path root = mainClasses();
    List<String> offending = new ArrayList<>();
    int scanned = 0;
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = file.getFileName().toString();
        List<String> found;
        if (name.endsWith(".class")) {
          found = RemoteAddresses.inClassFile(Files.readAllBytes(file));
        } else if (isText(name)) {
          found = RemoteAddresses.in(Files.readString(file, StandardCharsets.UTF_8));
        } else {
          continue;
        }
        scanned++;
        for (String address : found) {
          if (!RemoteAddresses.isNamespace(address)) {
            offending.add(root.relativize(file) + ": " + address);
          }
        }
      }
    }
    assertTrue(scanned > 100, "scanned only " + scanned + " files under " + root);
    assertEquals(List.of(), offending, "remote addresses in the application");
  }

  @Test
  void theScanFindsARemoteFontAndAnUpdateEndpoint() throws Exception {
    String css = "@import url(\"https://fonts.googleapis.com/css2?family=Noto+Sans+KR\");";
    assertEquals(
        List.of("https://fonts.googleapis.com/css2?family=Noto+Sans+KR"), RemoteAddresses.in(css));
    assertFalse(RemoteAddresses.isNamespace(RemoteAddresses.in(css).getFirst()));
    byte[] leaky;
    try (InputStream in =
        NoNetworkCodeTest.class.getResourceAsStream("offline/LeakyFetcher.class")) {
      leaky = in.readAllBytes();
    }
    assertEquals(
        List.of("https://updates.veil.invalid/latest"), RemoteAddresses.inClassFile(leaky));
    assertTrue(RemoteAddresses.isNamespace("http://ns.adobe.com/xap/1.0/"));
  }

  @Test
  void noStylesheetOrLayoutOnTheClassPathLoadsAnythingRemote() throws Exception {
    List<String> offending = new ArrayList<>();
    int sheets = 0;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.walk(path)) {
          for (Path file : files.filter(f -> isSheet(f.getFileName().toString())).toList()) {
            sheets++;
            remote(file.toString(), Files.readString(file, StandardCharsets.UTF_8), offending);
          }
        }
      } else if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
        try (ZipFile jar = new ZipFile(path.toFile())) {
          for (ZipEntry e : jar.stream().filter(e -> isSheet(e.getName())).toList()) {
            sheets++;
            try (InputStream in = jar.getInputStream(e)) {
              String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
              remote(path.getFileName() + "!/" + e.getName(), text, offending);
            }
          }
        }
      }
    }
    assertTrue(sheets >= 5, "found only " + sheets + " stylesheets: is JavaFX on the class path?");
    assertEquals(List.of(), offending, "stylesheets or layouts that reach for the web");
  }

  /** In a stylesheet any address is a fetch; in FXML only the namespace declarations are not. */
  private static void remote(String where, String text, List<String> offending) {
    boolean fxml = where.endsWith(".fxml");
    for (String address : RemoteAddresses.in(text)) {
      if (!(fxml && address.startsWith("http://javafx.com/"))) {
        offending.add(where + ": " + address);
      }
    }
  }

  private static boolean isSheet(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".css") || lower.endsWith(".fxml");
  }

  private static boolean isText(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return Stream.of(
            ".css",
            ".fxml",
            ".html",
            ".htm",
            ".properties",
            ".json",
            ".sql",
            ".txt",
            ".xml",
            ".svg",
            ".md",
            ".geojson")
        .anyMatch(lower::endsWith);
  }

  static {
    // the scan reads files; fail loudly rather than pass on an empty tree
    try {
      if (!Files.isDirectory(mainClasses())) {
        throw new IOException("main classes are not a folder");
      }
    } catch (Exception e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
