package org.wirelens.reuse;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wirelens.index.IndexedText;

/**
 * Aligns the passages two documents share, word by word: what editors do to wire copy (a word
 * substituted, inserted or deleted, a sentence trimmed, paragraphs reordered) leaves runs of
 * identical k-word shingles, the anchors; anchors that follow each other on nearly the same
 * diagonal form one passage, so each moved paragraph is a passage of its own; the gaps between
 * anchors are aligned exactly (edit distance), and each passage is extended past its outer anchors
 * while the words still match. Linear in the two documents' lengths, apart from the small gap
 * alignments.
 */
public final class Aligner implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A shingle that occurs more often in one document is repetition, not an anchor. */
  private static final int MAX_OCCURRENCES = 8;

  private final int k;
  private final int maxGap;
  private final int minWords;

  /**
   * @param k words per anchor shingle
   * @param maxGap the most words an edit may insert, delete or replace inside one passage
   * @param minWords the fewest matching words a passage must have
   */
  public Aligner(int k, int maxGap, int minWords) {
    this.k = k;
    this.maxGap = maxGap;
    this.minWords = minWords;
  }

  /**
   * One aligned passage: word ranges {@code [aBegin, aEnd)} and {@code [bBegin, bEnd)}, the words
   * that match, and the columns of the alignment (matches, substitutions, insertions, deletions).
   */
  public record Passage(int aBegin, int aEnd, int bBegin, int bEnd, int matched, int columns) {
    /** Share of the alignment's columns whose two words are equal. */
    public double identity() {
      return columns == 0 ? 0.0 : (double) matched / columns;
    }
  }

  /** The passages documents {@code a} and {@code b} share, ordered by their place in a. */
  public List<Passage> align(long[] a, long[] b) {
    List<int[]> anchors = anchors(a, b);
    List<Passage> out = new ArrayList<>();
    for (List<int[]> chain : chains(anchors)) {
      Passage p = passage(a, b, chain);
      if (p.matched() >= minWords) {
        out.add(p);
      }
    }
    return deduplicate(out);
  }

  /**
   * The most words one chain of the given anchors covers in document a: a cheap test, before the
   * documents' words are fetched, of whether a candidate pair can hold a passage at all (pairs that
   * share a stock phrase or two are most pairs, and they fail it).
   *
   * @param posA shingle positions in a, paired with {@code posB}, in any order
   */
  public int bestChainCoverage(int[] posA, int[] posB) {
    List<int[]> anchors = new ArrayList<>(posA.length);
    for (int x = 0; x < posA.length; x++) {
      anchors.add(new int[] {posA[x], posB[x]});
    }
    anchors.sort(Comparator.comparingInt((int[] an) -> an[0]).thenComparingInt(an -> an[1]));
    int best = 0;
    for (List<int[]> chain : chains(anchors)) {
      int covered = 0;
      int end = Integer.MIN_VALUE;
      for (int[] an : chain) {
        covered += Math.min(k, an[0] + k - Math.max(end, an[0]));
        end = Math.max(end, an[0] + k);
      }
      best = Math.max(best, covered);
    }
    return best;
  }

  /** Every (i, j) where shingle i of a equals shingle j of b, sorted by i then j. */
  List<int[]> anchors(long[] a, long[] b) {
    long[] sa = IndexedText.shingles(a, k);
    long[] sb = IndexedText.shingles(b, k);
    Map<Long, Integer> countB = new HashMap<>(sb.length * 2);
    for (long s : sb) {
      countB.merge(s, 1, Integer::sum);
    }
    // Positions of each shingle of b: slot 0 holds how many are filled.
    Map<Long, int[]> inB = new HashMap<>(countB.size() * 2);
    for (int j = 0; j < sb.length; j++) {
      int c = countB.get(sb[j]);
      if (c <= MAX_OCCURRENCES) {
        int[] list = inB.computeIfAbsent(sb[j], x -> new int[c + 1]);
        list[++list[0]] = j;
      }
    }
    Map<Long, Integer> countA = new HashMap<>(sa.length * 2);
    for (long s : sa) {
      countA.merge(s, 1, Integer::sum);
    }
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < sa.length; i++) {
      int[] js = inB.get(sa[i]);
      if (js == null || countA.get(sa[i]) > MAX_OCCURRENCES) {
        continue;
      }
      for (int x = 1; x <= js[0]; x++) {
        out.add(new int[] {i, js[x]});
      }
    }
    return out;
  }

  /**
   * Anchors grouped into chains: an anchor continues the chain whose last anchor is at most {@code
   * maxGap} words behind it on both sides and closest to its diagonal (insertions and deletions
   * shift the diagonal by their length); otherwise it starts a chain. Reordered paragraphs jump
   * back or far ahead on one side, so they start chains of their own.
   */
  List<List<int[]>> chains(List<int[]> anchors) {
    List<List<int[]>> done = new ArrayList<>();
    List<List<int[]>> active = new ArrayList<>();
    for (int[] an : anchors) {
      List<int[]> best = null;
      int bestDrift = Integer.MAX_VALUE;
      for (int c = active.size() - 1; c >= 0; c--) {
        List<int[]> chain = active.get(c);
        int[] last = chain.get(chain.size() - 1);
        if (an[0] - last[0] > maxGap + k) {
          done.add(chain);
          active.remove(c);
          continue;
        }
        int di = an[0] - last[0];
        int dj = an[1] - last[1];
        if (di <= 0 || dj <= 0 || dj > maxGap + k) {
          continue;
        }
        int drift = Math.abs(dj - di);
        if (drift <= maxGap && drift < bestDrift) {
          best = chain;
          bestDrift = drift;
        }
      }
      if (best == null) {
        List<int[]> chain = new ArrayList<>();
        chain.add(an);
        active.add(chain);
      } else {
        best.add(an);
      }
    }
    done.addAll(active);
    done.sort(
        Comparator.comparingInt((List<int[]> c) -> c.get(0)[0]).thenComparingInt(c -> c.get(0)[1]));
    return done;
  }

  /** The passage of one chain: exact runs, aligned gaps between them, extended ends. */
  private Passage passage(long[] a, long[] b, List<int[]> chain) {
    // Matching blocks: consecutive anchors on one diagonal merge into one run.
    List<int[]> blocks = new ArrayList<>(); // {aStart, bStart, length}
    for (int[] an : chain) {
      int[] last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
      if (last != null && an[0] - last[0] == an[1] - last[1] && an[0] <= last[0] + last[2]) {
        last[2] = Math.max(last[2], an[0] + k - last[0]);
      } else if (last == null || (an[0] >= last[0] + last[2] && an[1] >= last[1] + last[2])) {
        blocks.add(new int[] {an[0], an[1], k});
      } else {
        // Overlaps the previous block off its diagonal: keep what does not overlap.
        int cut = Math.max(last[0] + last[2] - an[0], last[1] + last[2] - an[1]);
        if (cut < k) {
          blocks.add(new int[] {an[0] + cut, an[1] + cut, k - cut});
        }
      }
    }
    // Gaps between blocks, aligned exactly: {matches, columns}.
    List<int[]> gaps = new ArrayList<>();
    for (int x = 0; x + 1 < blocks.size(); x++) {
      int[] blk = blocks.get(x);
      int[] next = blocks.get(x + 1);
      gaps.add(gapAlign(a, blk[0] + blk[2], next[0], b, blk[1] + blk[2], next[1]));
    }
    // An end block shorter than the unmatched words between it and the rest is a chance shingle
    // next to the passage (a stock phrase before a copied sign-off), not part of it.
    while (blocks.size() > 1 && blocks.get(0)[2] < gaps.get(0)[1] - gaps.get(0)[0]) {
      blocks.remove(0);
      gaps.remove(0);
    }
    while (blocks.size() > 1
        && blocks.get(blocks.size() - 1)[2]
            < gaps.get(gaps.size() - 1)[1] - gaps.get(gaps.size() - 1)[0]) {
      blocks.remove(blocks.size() - 1);
      gaps.remove(gaps.size() - 1);
    }
    int matched = 0;
    int columns = 0;
    for (int[] blk : blocks) {
      matched += blk[2];
      columns += blk[2];
    }
    for (int[] gap : gaps) {
      matched += gap[0];
      columns += gap[1];
    }
    int[] first = blocks.get(0);
    int[] last = blocks.get(blocks.size() - 1);
    int[] left = extend(a, first[0] - 1, b, first[1] - 1, -1);
    int[] right = extend(a, last[0] + last[2], b, last[1] + last[2], 1);
    return new Passage(
        first[0] - left[0],
        last[0] + last[2] + right[0],
        first[1] - left[0],
        last[1] + last[2] + right[0],
        matched + left[1] + right[1],
        columns + left[0] + right[0]);
  }

  /**
   * Aligns a[aFrom, aTo) with b[bFrom, bTo) by edit distance (each substitution, insertion and
   * deletion one column); returns {matches, columns}. Gaps are at most maxGap words a side.
   */
  static int[] gapAlign(long[] a, int aFrom, int aTo, long[] b, int bFrom, int bTo) {
    int n = Math.max(0, aTo - aFrom);
    int m = Math.max(0, bTo - bFrom);
    if (n == 0 || m == 0) {
      return new int[] {0, n + m};
    }
    // cost[i][j], with matches kept to break ties toward more matching words.
    int[][] cost = new int[n + 1][m + 1];
    int[][] match = new int[n + 1][m + 1];
    int[][] cols = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      cost[i][0] = i;
      cols[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      cost[0][j] = j;
      cols[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        boolean eq = a[aFrom + i - 1] == b[bFrom + j - 1];
        int diag = cost[i - 1][j - 1] + (eq ? 0 : 1);
        int up = cost[i - 1][j] + 1;
        int lf = cost[i][j - 1] + 1;
        int best = Math.min(diag, Math.min(up, lf));
        cost[i][j] = best;
        if (best == diag) {
          match[i][j] = match[i - 1][j - 1] + (eq ? 1 : 0);
          cols[i][j] = cols[i - 1][j - 1] + 1;
        } else if (best == up) {
          match[i][j] = match[i - 1][j];
          cols[i][j] = cols[i - 1][j] + 1;
        } else {
          match[i][j] = match[i][j - 1];
          cols[i][j] = cols[i][j - 1] + 1;
        }
      }
    }
    return new int[] {match[n][m], cols[n][m]};
  }

  /**
   * Extends a passage word by word from a[i], b[j] in direction {@code step} while the words match,
   * through a single mismatch when two matches follow it; returns {words extended, matches}.
   */
  static int[] extend(long[] a, int i, long[] b, int j, int step) {
    int taken = 0;
    int matches = 0;
    while (inside(a, i + step * taken) && inside(b, j + step * taken)) {
      int x = i + step * taken;
      int y = j + step * taken;
      if (a[x] == b[y]) {
        taken++;
        matches++;
        continue;
      }
      int x1 = x + step;
      int y1 = y + step;
      int x2 = x + 2 * step;
      int y2 = y + 2 * step;
      if (inside(a, x2) && inside(b, y2) && a[x1] == b[y1] && a[x2] == b[y2]) {
        taken += 3;
        matches += 2;
        continue;
      }
      break;
    }
    return new int[] {taken, matches};
  }

  private static boolean inside(long[] words, int i) {
    return i >= 0 && i < words.length;
  }

  /**
   * Passages that cover each other (repeated text aligns twice) are one: the one with more matching
   * words stays.
   */
  private static List<Passage> deduplicate(List<Passage> passages) {
    if (passages.size() < 2) {
      return passages;
    }
    Passage[] byStrength = passages.toArray(Passage[]::new);
    Arrays.sort(
        byStrength,
        Comparator.comparingInt(Passage::matched)
            .reversed()
            .thenComparingInt(Passage::aBegin)
            .thenComparingInt(Passage::bBegin));
    List<Passage> kept = new ArrayList<>();
    for (Passage p : byStrength) {
      boolean covered = false;
      for (Passage q : kept) {
        if (mostlyInside(p.aBegin(), p.aEnd(), q.aBegin(), q.aEnd())
            && mostlyInside(p.bBegin(), p.bEnd(), q.bBegin(), q.bEnd())) {
          covered = true;
          break;
        }
      }
      if (!covered) {
        kept.add(p);
      }
    }
    kept.sort(Comparator.comparingInt(Passage::aBegin).thenComparingInt(Passage::bBegin));
    return kept;
  }

  private static boolean mostlyInside(int b, int e, int qb, int qe) {
    int overlap = Math.min(e, qe) - Math.max(b, qb);
    return overlap * 2 > e - b;
  }
}
