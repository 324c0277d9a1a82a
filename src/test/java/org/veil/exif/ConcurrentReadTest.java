package org.veil.exif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.veil.model.Metadata;
import org.veil.task.NamedThreads;

/** Ingest calls the reader from several workers: concurrent reads must give the same results. */
class ConcurrentReadTest {
  @Test
  void concurrentReadsMatchSequentialOnes() throws Exception {
    List<Path> files =
        List.of("Apple iPhone 4", "Canon EOS 7D", "FujiFilm DX-10", "HTC One").stream()
            .map(name -> GoldenFixturesTest.fixtures().resolve(name + ".jpg"))
            .toList();
    List<Metadata> expected = files.stream().map(MetadataReader::read).toList();
    ExecutorService workers = Executors.newFixedThreadPool(4, NamedThreads.factory("test-exif"));
    try {
      List<Future<Metadata>> futures = new ArrayList<>();
      for (int round = 0; round < 8; round++) {
        for (Path file : files) {
          futures.add(workers.submit(() -> MetadataReader.read(file)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(expected.get(i % files.size()), futures.get(i).get());
      }
    } finally {
      workers.shutdownNow();
    }
  }
}
