package org.tidings.bench.store;

import java.time.LocalDate;
import org.tidings.model.Outcome;
import org.tidings.store.EventStore;
import org.tidings.store.EventStores;

/**
 * The process {@link StoreKillTest} kills: ingests synthetic articles one transaction each into the
 * store named by its first argument, printing "stored N" after each commit, until killed.
 */
public final class KillChild {
  private KillChild() {}

  public static void main(String[] args) {
    SyntheticOutcomes articles = StoreKillTest.articles();
    try (EventStore store = EventStores.open(args[0])) {
      for (int i = 1; i <= StoreKillTest.ARTICLES; i++) {
        Outcome o = articles.next(1).get(0);
        store.ingest(o);
        System.out.println("stored " + i);
        System.out.flush();
      }
    }
  }

  static LocalDate first() {
    return LocalDate.of(2022, 1, 1);
  }
}
