package org.wirelens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one rule of candidate pairs: all pairs up to maxDf, a star on the earliest above, none past
 * maxStarDf.
 */
class PairPlanTest {
  private static List<String> pairs(List<String> order, int maxDf, long maxStarDf) {
    List<String> out = new ArrayList<>();
    PairPlan.pairs(
        order, maxDf, maxStarDf, (x, y, indexed) -> out.add(x + "-" + y + (indexed ? "" : "*")));
    return out;
  }

  @Test
  void everyTwoItemsUpToMaxDf() {
    assertEquals(List.of("0-1", "0-2", "1-2"), pairs(List.of("b", "a", "c"), 3, 10));
  }

  @Test
  void aboveMaxDfEachItemIsPairedWithTheEarliestOnly() {
    // Item 1 has the least order key: the star's centre, whatever its position.
    assertEquals(List.of("0-1*", "1-2*", "1-3*"), pairs(List.of("b", "a", "c", "d"), 2, 10));
  }

  @Test
  void aTieGoesToTheFirstPosition() {
    assertEquals(List.of("0-1*", "0-2*"), pairs(List.of("a", "a", "b"), 1, 10));
  }

  @Test
  void pastTheStarThresholdNothingAndOneItemPairsWithNone() {
    assertEquals(List.of(), pairs(List.of("a", "b", "c"), 1, 2));
    assertEquals(List.of(), pairs(List.of("a"), 5, 10));
  }

  @Test
  void theStarThresholdIsOnePercentOfTheIndexedItemsAndAtLeastTenThousand() {
    assertEquals(10_000L, PairPlan.maxStarDf(5_000));
    assertEquals(25_000L, PairPlan.maxStarDf(2_500_000));
  }
}
