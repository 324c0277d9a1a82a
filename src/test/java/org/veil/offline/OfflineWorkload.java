package org.veil.offline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.AsynchronousChannelProvider;
import java.nio.channels.spi.SelectorProvider;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.veil.cli.VeilCommand;
import org.veil.synth.CorpusSpec;
import org.veil.synth.SyntheticCorpus;
import org.veil.synth.SyntheticTelegramExport;

/**
 * The main class of the guarded child JVM that {@code OfflineGuaranteeTest} starts. Modes: {@code
 * work} runs a whole case through the real {@code veil} commands (ingest of a folder and a zip,
 * chat import of Telegram and WhatsApp exports, search in Korean and English, duplicates, hash
 * sets, export, audit); {@code probe} tries every way Java has to reach a network and reports that
 * each was refused; {@code swallowed} makes one attempt and hides the exception, as careless code
 * would.
 */
public final class OfflineWorkload {
  /**
   * A name reserved never to resolve (RFC 2606): "localhost" would not do, the JDK answers it
   * without asking any resolver.
   */
  static final String PROBE_HOST = "veil-offline-probe.invalid";

  private OfflineWorkload() {}

  public static void main(String[] args) throws Exception {
    if (!NetworkAttempts.armed()) {
      throw new IllegalStateException("run with -D" + NetworkAttempts.LOG_PROPERTY + "=FILE");
    }
    install();
    Path work = Path.of(args[1]);
    switch (args[0]) {
      case "work" -> work(work);
      case "probe" -> probe();
      case "swallowed" -> swallowed();
      default -> throw new IllegalArgumentException("unknown mode " + args[0]);
    }
    System.exit(0); // the CLI's pools may keep non-daemon threads; the verdict is in the log
  }

  @SuppressWarnings("deprecation") // the factories are the only hook left for java.net sockets
  private static void install() throws IOException {
    Socket.setSocketImplFactory(() -> new RefusingSocketImpl(false));
    ServerSocket.setSocketFactory(() -> new RefusingSocketImpl(true));
    DatagramSocket.setDatagramSocketImplFactory(RefusingDatagramSocketImpl::new);
    ProxySelector.setDefault(
        new ProxySelector() {
          @Override
          public List<Proxy> select(URI uri) {
            NetworkAttempts.refuse("url-connection", String.valueOf(uri));
            return List.of(Proxy.NO_PROXY);
          }

          @Override
          public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {}
        });
    // the NIO providers come from -D properties on the command line: check they took
    if (!(SelectorProvider.provider() instanceof RefusingSelectorProvider)
        || !(AsynchronousChannelProvider.provider() instanceof RefusingAsyncChannelProvider)) {
      throw new IllegalStateException("the NIO guards are not installed");
    }
  }

  private static void work(Path work) throws Exception {
    Path evidence = work.resolve("evidence");
    List<Path> pictures =
        SyntheticCorpus.generate(
            evidence,
            CorpusSpec.builder(20, 41)
                .sizes(List.of(CorpusSpec.SizeShare.jpeg(640, 480, 1, 0.85f)))
                .exactDuplicates(2)
                .nearDuplicates(2)
                .aiClues(true)
                .subfolders(2)
                .build());
    Path zip = zipOf(pictures.subList(0, 4), work.resolve("seized.zip"));
    SyntheticTelegramExport telegram = new SyntheticTelegramExport(300, 8, 2, 5).withMediaFiles();
    Path telegramExport = telegram.writeTo(work.resolve("ChatExport"));
    // alone in its folder: a loose .txt export takes the files beside it as its media
    Path whatsapp =
        Files.createDirectories(work.resolve("whatsapp")).resolve("WhatsApp Chat with 민수.txt");
    Files.writeString(
        whatsapp,
        """
        12/01/2024, 21:05 - 김민수: 안녕하세요 사진 보냈어요
        12/01/2024, 21:06 - Alex: got the pictures
        13/01/2024, 09:15 - 김민수: 오늘 방에 새 사진 올릴게요
        """);
    Path hashList = work.resolve("known.txt");
    Files.writeString(hashList, md5(pictures.getFirst()) + "\n");
    String caseDir = work.resolve("Offline.veil").toString();

    veil("case", "create", caseDir, "--name", "Offline", "--time-zone", "Asia/Seoul");
    veil("ingest", caseDir, evidence.toString(), zip.toString());
    veil("chat", "import", caseDir, telegramExport.toString(), whatsapp.toString(), "--json");
    expectLines(veil("search", caseDir, "사진", "--json"), 2, "Korean search");
    String word = SyntheticTelegramExport.KOREAN_NOUNS.getLast();
    expectLines(veil("search", caseDir, word, "--json"), 1, "Korean search in Telegram");
    expectLines(veil("search", caseDir, "pictures", "--json"), 1, "English search");
    expectLines(veil("search", caseDir, "--user", "김민수", "--json"), 3, "user");
    expectLines(veil("chats", caseDir, "--json"), 3, "chats");
    expectLines(veil("items", caseDir, "--json"), pictures.size(), "items");
    veil("dupes", caseDir);
    veil("metadata", pictures.getFirst().toString(), "--json");
    veil("pdq", pictures.getFirst().toString());
    veil("hashset", "import", caseDir, hashList.toString(), "--name", "known", "--format", "list");
    veil("hashset", "match", caseDir, "--json");
    veil("export", caseDir, "--format", "vics", "--out", work.resolve("vics.json").toString());
    veil("audit", "verify", caseDir);
    System.out.println("WORKLOAD OK");
  }

  /** Runs one command and returns what it printed; any exit but 0 stops the workload. */
  private static String veil(String... args) {
    PrintStream stdout = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    int exit;
    try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      exit = VeilCommand.run(args);
    } finally {
      System.setOut(stdout);
    }
    String out = captured.toString(StandardCharsets.UTF_8);
    System.out.println("$ veil " + String.join(" ", args) + "  -> exit " + exit);
    System.out.print(out);
    if (exit != 0) {
      throw new IllegalStateException("veil " + String.join(" ", args) + " exited " + exit);
    }
    return out;
  }

  private static void expectLines(String out, int atLeast, String what) {
    long lines = out.lines().filter(l -> l.startsWith("{")).count();
    if (lines < atLeast) {
      throw new IllegalStateException(what + ": " + lines + " lines, expected " + atLeast);
    }
  }

  private static Path zipOf(List<Path> files, Path zip) throws IOException {
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream entries = new ZipOutputStream(out)) {
      for (Path file : files) {
        entries.putNextEntry(new ZipEntry("dcim/" + file.getFileName()));
        Files.copy(file, entries);
        entries.closeEntry();
      }
    }
    return zip;
  }

  private static String md5(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(java.security.MessageDigest.getInstance("MD5").digest(Files.readAllBytes(file)));
  }

  /** Every door, one after the other; each must be refused and recorded. */
  private static void probe() {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    List<String> outcomes = new ArrayList<>();
    try (Stream<Attempt> attempts =
        Stream.of(
            new Attempt("dns", () -> InetAddress.getByName(PROBE_HOST)),
            new Attempt("socket", () -> new Socket(loopback, 9).close()),
            new Attempt("socket-by-name", () -> new Socket(PROBE_HOST, 9).close()),
            new Attempt("server-socket", () -> new ServerSocket(0, 1, loopback).close()),
            new Attempt("datagram", () -> new DatagramSocket(0, loopback).close()),
            new Attempt("socket-channel", () -> SocketChannel.open().close()),
            new Attempt("async-channel", () -> AsynchronousSocketChannel.open().close()),
            new Attempt("http-client", () -> HttpClient.newHttpClient().close()),
            new Attempt(
                "url-connection",
                () -> URI.create("http://127.0.0.1:9/").toURL().openConnection().connect()))) {
      attempts.forEach(a -> outcomes.add(a.name() + ": " + a.outcome()));
    }
    outcomes.forEach(System.out::println);
  }

  private static void swallowed() {
    try {
      new Socket(InetAddress.getLoopbackAddress(), 9).close();
    } catch (IOException ignored) {
      // careless code hides it; the log must not
    }
    System.out.println("swallowed");
  }

  private interface Door {
    void open() throws Exception;
  }

  private record Attempt(String name, Door door) {
    String outcome() {
      try {
        door.open();
        return "OPENED";
      } catch (Throwable refused) {
        return "refused (" + refused.getClass().getSimpleName() + ")";
      }
    }
  }
}
