package org.wirelens.index;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Which of two articles came first, from {@code documents.published} as the input gave it: ISO 8601
 * dates ({@code 2020-01-14}) or date-times with or without an offset ({@code 2020-01-14T10:30:00},
 * {@code ...Z}, {@code ...+03:00}; without one, UTC). Two values compare at the coarser precision
 * of the two: a date against a date-time compares days. Equal, unknown or unreadable is no answer:
 * direction is never guessed, and never taken from ids or input order.
 */
public final class Published {
  private Published() {}

  /** A parsed publication time: the UTC day, and the instant when the input gave a time. */
  public record When(LocalDate day, Instant instant) {}

  /** The parsed value, or null when there is none or it is not ISO 8601. */
  public static When parse(String published) {
    if (published == null) {
      return null;
    }
    String s = published.strip();
    if (s.isEmpty()) {
      return null;
    }
    try {
      if (s.length() == 10) {
        return new When(LocalDate.parse(s), null);
      }
      Instant instant;
      try {
        instant = OffsetDateTime.parse(s).toInstant();
      } catch (DateTimeParseException e) {
        instant = LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
      }
      return new When(instant.atZone(ZoneOffset.UTC).toLocalDate(), instant);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * Negative when {@code a} was published before {@code b}, positive when after, null when the
   * values do not tell (equal at the coarser precision, missing or unreadable).
   */
  public static Integer compare(String a, String b) {
    When x = parse(a);
    When y = parse(b);
    if (x == null || y == null) {
      return null;
    }
    int c =
        x.instant() != null && y.instant() != null
            ? x.instant().compareTo(y.instant())
            : x.day().compareTo(y.day());
    return c == 0 ? null : Integer.signum(c);
  }

  /**
   * A sort key for ranking in time, as fixed-width text that sorts as the times do: the day, and
   * when {@code withTime} and the value has one, the time of day in nanoseconds (UTC); null when
   * unknown.
   */
  public static String sortKey(String published, boolean withTime) {
    When w = parse(published);
    if (w == null) {
      return null;
    }
    if (!withTime || w.instant() == null) {
      return w.day().toString();
    }
    long nanos = w.instant().getEpochSecond() % 86_400L * 1_000_000_000L + w.instant().getNano();
    return w.day()
        + String.format(java.util.Locale.ROOT, " %014d", Math.floorMod(nanos, 86_400_000_000_000L));
  }

  private static final org.apache.spark.sql.expressions.UserDefinedFunction DAY =
      org.apache.spark.sql.functions.udf(
          (org.apache.spark.sql.api.java.UDF1<String, String>)
              p -> {
                When w = parse(p);
                return w == null ? null : w.day().toString();
              },
          org.apache.spark.sql.types.DataTypes.StringType);

  private static final org.apache.spark.sql.expressions.UserDefinedFunction INSTANT =
      org.apache.spark.sql.functions.udf(
          (org.apache.spark.sql.api.java.UDF1<String, String>)
              p -> {
                When w = parse(p);
                return w == null || w.instant() == null ? null : w.instant().toString();
              },
          org.apache.spark.sql.types.DataTypes.StringType);

  /** The day a {@code published} column gives ({@link #parse}), as a date column; null if none. */
  public static org.apache.spark.sql.Column day(org.apache.spark.sql.Column published) {
    return DAY.apply(published).cast(org.apache.spark.sql.types.DataTypes.DateType);
  }

  /**
   * The instant a {@code published} column gives, as a timestamp column; null for a bare date and
   * for no date.
   */
  public static org.apache.spark.sql.Column instant(org.apache.spark.sql.Column published) {
    // An ISO instant ("...Z") casts to the same instant whatever the session's time zone.
    return INSTANT.apply(published).cast(org.apache.spark.sql.types.DataTypes.TimestampType);
  }

  /** Whether the value carries a time of day (so it can be ranked within a day). */
  public static boolean hasTime(String published) {
    When w = parse(published);
    return w != null && w.instant() != null;
  }
}
