package org.tidings.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Peak Java heap of this JVM, from the peak usage the JVM records for each heap memory pool (for
 * G1: eden, survivor, old gen). {@link #reset} clears the recorded peaks; {@link #megabytes} sums
 * the peak of every heap pool since then.
 *
 * <p>The pools need not peak at the same moment, so the sum is an upper bound of the heap in use
 * at any one time; it counts garbage not yet collected, so it also grows with {@code -Xmx}. It is
 * a fair bound to hold against a heap limit, not a measure of live data.
 *
 * <p>Thread-safe (the JVM's counters are); the figure covers every thread of the JVM.
 */
public final class HeapPeak {
  private static final double MB = 1024.0 * 1024.0;

  private HeapPeak() {}

  /** Clears the recorded peak of every heap pool, so the next reading covers only what follows. */
  public static void reset() {
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** Sum of the heap pools' peak usage since the last {@link #reset} (or JVM start), in MiB. */
  public static double megabytes() {
    return sumUsedMegabytes(heapPools().stream().map(MemoryPoolMXBean::getPeakUsage).toList());
  }

  /** The heap limit ({@code -Xmx}) in MiB. */
  public static double maxMegabytes() {
    return Runtime.getRuntime().maxMemory() / MB;
  }

  /** Sum of {@link MemoryUsage#getUsed()} in MiB; null entries (invalid pools) count as zero. */
  static double sumUsedMegabytes(List<MemoryUsage> usages) {
    long bytes = 0;
    for (MemoryUsage u : usages) {
      if (u != null) {
        bytes += u.getUsed();
      }
    }
    return bytes / MB;
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
        .toList();
  }
}
