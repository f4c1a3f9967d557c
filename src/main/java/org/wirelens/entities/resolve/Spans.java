package org.wirelens.entities.resolve;

import java.util.Map;
import java.util.TreeMap;

/**
 * Non-overlapping spans of one document, indexed by start, so that whether a new span overlaps any
 * of them costs a lookup, not a scan (a scan per span made long documents quadratic).
 */
final class Spans {
  private final TreeMap<Integer, Integer> byBegin = new TreeMap<>();

  /** Whether [begin, end) overlaps a span already added. */
  boolean overlaps(int begin, int end) {
    Map.Entry<Integer, Integer> before = byBegin.floorEntry(end - 1);
    return before != null && before.getValue() > begin;
  }

  /** Adds a span that overlaps none added before. */
  void add(int begin, int end) {
    byBegin.put(begin, end);
  }
}
