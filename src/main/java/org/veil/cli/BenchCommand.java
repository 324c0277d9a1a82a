package org.veil.cli;

import picocli.CommandLine.Command;

/** {@code veil bench ...}: benchmarks that report ratios against baselines measured alongside. */
@Command(
    name = "bench",
    description = "Benchmarks; each prints a table and, last, one JSON line.",
    subcommands = {
      IngestBench.class,
      org.veil.cli.bench.DupesBench.class,
      org.veil.cli.bench.SearchBench.class,
      org.veil.cli.bench.GalleryBench.class
    })
public final class BenchCommand {}
