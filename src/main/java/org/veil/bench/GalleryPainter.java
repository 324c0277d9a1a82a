package org.veil.bench;

import java.nio.file.Path;

/**
 * Paints a case's gallery off screen and times it. The core only states the contract; the
 * workstation provides it (found with {@link java.util.ServiceLoader}), so the benchmark command
 * can measure real painting without the command line depending on the UI.
 */
public interface GalleryPainter {
  /**
   * What painting measured.
   *
   * @param openMillis opening the case and listing its ids
   * @param firstPageMillis from the start of opening to the first page painted with its thumbnails
   * @param firstPageLoadedMillis from the start of opening to every thumbnail of the first page
   *     loaded and blurred, before the final render
   * @param pageDownMillis from Page Down to the next page painted with its thumbnails
   * @param painted thumbnails on the first page
   * @param heapBytes heap in use after the page down (after a collection), or -1 when not measured
   * @param firstPageFxCpuMillis CPU time the FX and render threads spent on the first page: on a
   *     busy machine the wall-clock figures stretch, this does not
   * @param firstPageLoaderCpuMillis CPU time the picture loaders spent on the first page
   * @param pageDownFxCpuMillis as {@code firstPageFxCpuMillis}, for the page down
   * @param pageDownLoaderCpuMillis as {@code firstPageLoaderCpuMillis}, for the page down
   */
  record Timings(
      long items,
      long openMillis,
      long firstPageMillis,
      long firstPageLoadedMillis,
      long pageDownMillis,
      int painted,
      int pageDownPainted,
      long heapBytes,
      long firstPageFxCpuMillis,
      long firstPageLoaderCpuMillis,
      long pageDownFxCpuMillis,
      long pageDownLoaderCpuMillis) {}

  /**
   * Opens {@code caseDir}, paints a gallery page of at least {@code pageItems} cells, pages down.
   *
   * @param measureHeap whether to collect garbage at the end and measure the heap in use: a full
   *     collection shrinks the heap, so only the last of several runs should ask for it
   */
  Timings paint(Path caseDir, int pageItems, boolean measureHeap) throws Exception;
}
