package org.openresolve.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The peak of the JVM's used heap while it watches. Used heap is highest just before a collection,
 * so every collection's before-GC usage is taken (GC notifications), and a sampler thread covers
 * the time between collections. In local mode the driver and executors share this JVM, so this is
 * the whole engine's heap. Also reads the process's peak resident set from /proc (Linux).
 */
final class MemoryWatch implements AutoCloseable {
  private static final long SAMPLE_MILLIS = 100;

  private final AtomicLong peak = new AtomicLong();
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener listener =
      (n, handback) -> onGc((CompositeData) n.getUserData());
  private final Thread sampler;
  private volatile boolean running = true;

  private MemoryWatch() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter e) {
        e.addNotificationListener(
            listener,
            n ->
                n.getType()
                    .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION),
            null);
        emitters.add(e);
      }
    }
    sampler = new Thread(this::sample, "er-memory-watch");
    sampler.setDaemon(true);
    sampler.start();
  }

  static MemoryWatch start() {
    return new MemoryWatch();
  }

  /** Peak used heap in bytes seen so far. */
  long peakHeapBytes() {
    record(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    return peak.get();
  }

  /** The heap limit (-Xmx). */
  static long maxHeapBytes() {
    return Runtime.getRuntime().maxMemory();
  }

  /** The process's peak resident set size (VmHWM) in bytes, or -1 where /proc is not available. */
  static long peakRssBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          String[] parts = line.substring("VmHWM:".length()).trim().split("\\s+");
          return Long.parseLong(parts[0]) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  private void onGc(CompositeData data) {
    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(data);
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage before = info.getGcInfo().getMemoryUsageBeforeGc().get(pool.getName());
      if (pool.getType() == MemoryType.HEAP && before != null) {
        used += before.getUsed();
      }
    }
    record(used);
  }

  private void sample() {
    while (running) {
      record(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
      try {
        Thread.sleep(SAMPLE_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void record(long used) {
    peak.accumulateAndGet(used, Math::max);
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
    for (NotificationEmitter e : emitters) {
      try {
        e.removeNotificationListener(listener);
      } catch (javax.management.ListenerNotFoundException ignored) {
        // never added to this one: nothing to remove
      }
    }
  }
}
