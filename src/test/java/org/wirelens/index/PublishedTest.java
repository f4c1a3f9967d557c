package org.wirelens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Who published first, only where the dates tell. */
class PublishedTest {
  @Test
  void daysCompareAsDays() {
    assertEquals(-1, Published.compare("2020-01-14", "2020-01-15"));
    assertEquals(1, Published.compare("2020-01-15", "2020-01-14"));
    assertNull(Published.compare("2020-01-14", "2020-01-14"), "a tie says nothing");
  }

  @Test
  void aDateAgainstADateTimeComparesDays() {
    assertNull(Published.compare("2020-01-14", "2020-01-14T09:00:00"));
    assertEquals(-1, Published.compare("2020-01-13", "2020-01-14T09:00:00"));
  }

  @Test
  void timesCompareAsInstantsWithTheirOffsets() {
    assertEquals(-1, Published.compare("2020-01-14T09:00:00", "2020-01-14T09:30:00"));
    // 10:00 in Istanbul (+03:00) is 07:00 UTC, before 09:00 UTC.
    assertEquals(-1, Published.compare("2020-01-14T10:00:00+03:00", "2020-01-14T09:00:00Z"));
    assertNull(Published.compare("2020-01-14T10:00:00+03:00", "2020-01-14T07:00:00Z"));
  }

  @Test
  void missingOrUnreadableDatesSayNothing() {
    assertNull(Published.compare(null, "2020-01-14"));
    assertNull(Published.compare("last Tuesday", "2020-01-14"));
    assertNull(Published.compare("", ""));
  }

  @Test
  void sortKeysRankWithinADayOnlyWhenEveryMemberHasATime() {
    assertEquals("2020-01-14", Published.sortKey("2020-01-14T09:00:00", false));
    // Nanoseconds into the day, fixed width: text order is time order, fractions included.
    assertEquals("2020-01-14 32400000000000", Published.sortKey("2020-01-14T09:00:00", true));
    assertTrue(
        Published.sortKey("2020-01-14T10:00:00.5Z", true)
                .compareTo(Published.sortKey("2020-01-14T10:00:00Z", true))
            > 0);
    assertTrue(Published.hasTime("2020-01-14T09:00:00"));
    assertFalse(Published.hasTime("2020-01-14"));
  }
}
