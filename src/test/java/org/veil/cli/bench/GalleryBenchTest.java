package org.veil.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.bench.GalleryPainter.Timings;

class GalleryBenchTest {
  @Test
  void figuresAreMediansFigureByFigure() {
    List<Timings> runs =
        List.of(
            timings(10, 300, 90, -1), timings(30, 100, 50, -1), timings(20, 200, 70, 123 << 20));
    Timings median = GalleryBench.median(runs);
    assertEquals(20, median.openMillis());
    assertEquals(200, median.firstPageMillis());
    assertEquals(70, median.pageDownMillis());
    assertEquals(123 << 20, median.heapBytes(), "the heap of the last run, measured at the end");
    assertEquals(20, GalleryBench.median(runs.subList(0, 2), Timings::openMillis), "even: mean");
  }

  private static Timings timings(long open, long firstPage, long pageDown, long heap) {
    return new Timings(100, open, firstPage, firstPage - 50, pageDown, 225, 225, heap, 1, 2, 3, 4);
  }
}
