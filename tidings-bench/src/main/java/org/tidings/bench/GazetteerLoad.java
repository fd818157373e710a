package org.tidings.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import org.tidings.pipeline.places.Gazetteer;

/**
 * Gazetteer load time and retained heap: loads the gazetteer several times in one JVM and prints,
 * per load, wall-clock seconds, CPU seconds of the loading thread (less sensitive to other work on
 * a shared machine) and the heap the loaded gazetteer retains (used heap after full collections,
 * with and without it), in MiB. Run it with {@code -Xmx300m} to check the heap bar: the load must
 * not fail.
 *
 * <p>Usage: {@code GazetteerLoad [ROUNDS [FILE]]} (default 5 rounds of the built-in gazetteer).
 */
public final class GazetteerLoad {
  private GazetteerLoad() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Path file = args.length > 1 ? Path.of(args[1]) : null;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 1; i <= rounds; i++) {
      double before = usedAfterGc();
      long wall = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      Gazetteer g = file == null ? Gazetteer.loadDefault() : Gazetteer.load(file);
      double wallS = (System.nanoTime() - wall) / 1e9;
      double cpuS = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
      double retained = usedAfterGc() - before;
      System.out.printf(Locale.ROOT, "load %d: %,d places, %.2f s wall, %.2f s cpu, %.0f MiB retained%n", i,
          g.size(), wallS, cpuS, retained);
      if (g.candidates("Paris").isEmpty()) {
        throw new IllegalStateException("gazetteer without Paris"); // keeps g reachable until here
      }
    }
  }

  private static double usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);
  }
}
