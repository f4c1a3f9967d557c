package org.wirelens.quotes;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Which of two documents was published first, from their {@code published} values (ISO 8601 dates
 * or date-times as the input gives them). Only what the values tell: two dates, or a date and a
 * time on the same day, are a tie; a time with a zone and one without are compared by their dates;
 * anything unparsable is unknown. Never guessed from ids or input order.
 */
public final class Published {
  private Published() {}

  /**
   * -1 when {@code a} was published first, 1 when {@code b} was, null on a tie or when the values
   * do not tell.
   */
  public static Integer compare(String a, String b) {
    Parsed pa = parse(a);
    Parsed pb = parse(b);
    if (pa == null || pb == null) {
      return null;
    }
    int c;
    if (pa.offset != null && pb.offset != null) {
      c = pa.offset.toInstant().compareTo(pb.offset.toInstant());
    } else if (pa.local != null && pb.local != null && pa.offset == null && pb.offset == null) {
      c = pa.local.compareTo(pb.local);
    } else {
      c = pa.date.compareTo(pb.date);
    }
    return c < 0 ? Integer.valueOf(-1) : c > 0 ? Integer.valueOf(1) : null;
  }

  private static final class Parsed {
    LocalDate date;
    LocalDateTime local;
    OffsetDateTime offset;
  }

  private static Parsed parse(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String v = s.trim().replace(' ', 'T');
    Parsed p = new Parsed();
    try {
      p.offset = OffsetDateTime.parse(v.endsWith("z") ? v.substring(0, v.length() - 1) + "Z" : v);
      p.date = p.offset.toLocalDate();
      return p;
    } catch (DateTimeParseException e) {
      // Not a time with a zone; try the forms below.
    }
    try {
      p.local = LocalDateTime.parse(v);
      p.date = p.local.toLocalDate();
      return p;
    } catch (DateTimeParseException e) {
      // Not a local time either.
    }
    try {
      p.date = LocalDate.parse(v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v);
      return p;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
