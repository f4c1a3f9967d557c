package org.wirelens.index;

/**
 * Which of the items that share one indexed shingle are compared: the one rule behind every
 * candidate pair of the job (documents for overlap and reuse, quotations for quote matches).
 *
 * <p>Up to {@code maxDf} items, every two of them. More items than that is text many outlets carry
 * (a syndicated story, a widely quoted sentence) or a stock phrase: pairing them all would cost the
 * square of their number (499,500 pairs for a story in 1,000 outlets), so each is paired with the
 * earliest item only, a star that is linear in the items and still puts them all in one cluster.
 * Above {@code maxStarDf} items, none: a phrase that common is the language, not a story, and its
 * postings would be one task's list. Both thresholds count the items of what is indexed (documents,
 * or quotations), never another kind.
 */
public final class PairPlan {
  /** Receives the pairs of one shingle's items, by position in the caller's order. */
  @FunctionalInterface
  public interface Sink {
    /**
     * One pair, {@code x < y}.
     *
     * @param indexed true for all-pairs (at most maxDf items), false for a star pair
     */
    void pair(int x, int y, boolean indexed);
  }

  private PairPlan() {}

  /**
   * The star threshold for a corpus of {@code items} indexed items: 1% of them, and at least
   * 10,000.
   */
  public static long maxStarDf(long items) {
    return Math.max(10_000L, items / 100);
  }

  /**
   * The pairs of one shingle's items.
   *
   * @param orderKeys each item's publication order key ({@link Candidates#orderKey}), in the
   *     caller's stable order (sorted by item id, never shuffle order); the earliest item is the
   *     least key, ties to the first position
   */
  public static void pairs(java.util.List<String> orderKeys, int maxDf, long maxStarDf, Sink sink) {
    int n = orderKeys.size();
    if (n < 2 || n > maxStarDf) {
      return;
    }
    if (n <= maxDf) {
      for (int x = 0; x < n; x++) {
        for (int y = x + 1; y < n; y++) {
          sink.pair(x, y, true);
        }
      }
      return;
    }
    int first = 0;
    for (int i = 1; i < n; i++) {
      if (orderKeys.get(i).compareTo(orderKeys.get(first)) < 0) {
        first = i;
      }
    }
    for (int i = 0; i < n; i++) {
      if (i != first) {
        sink.pair(Math.min(i, first), Math.max(i, first), false);
      }
    }
  }
}
