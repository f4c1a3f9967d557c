package org.wirelens.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.wirelens.tables.Cols;
import org.wirelens.tables.CooccurrenceTable;
import org.wirelens.tables.DocOverlapTable;
import org.wirelens.tables.DocumentsTable;
import org.wirelens.tables.EntitiesTable;
import org.wirelens.tables.MentionsTable;
import org.wirelens.tables.QuoteMatchesTable;
import org.wirelens.tables.QuoteSpeakersBySourceTable;
import org.wirelens.tables.QuotesTable;
import org.wirelens.tables.RejectsTable;
import org.wirelens.tables.ReuseClustersTable;
import org.wirelens.tables.SentencesTable;
import org.wirelens.tables.SourceOverlapTable;
import org.wirelens.tables.StoriesTable;
import org.wirelens.tables.StorySourcesTable;
import org.wirelens.tables.TableDef;
import org.wirelens.tables.TokensTable;
import org.wirelens.text.Languages;

/** Prints the short, human-readable summary that ends a run. */
public final class RunSummary {
  /** Languages on the summary's languages line; more are shown as "...". */
  private static final int LANGUAGES_SHOWN = 12;

  private RunSummary() {}

  /** Prints counts and the top lists from the written tables. */
  public static void print(
      PrintWriter out,
      RunCounts counts,
      Map<String, Double> stageSeconds,
      Function<TableDef, Dataset<Row>> tables,
      int top,
      String output) {
    Dataset<Row> entities = tables.apply(EntitiesTable.TABLE);
    Dataset<Row> cooccurrence = tables.apply(CooccurrenceTable.TABLE);
    Dataset<Row> sourceOverlap = tables.apply(SourceOverlapTable.TABLE);
    Dataset<Row> docOverlap = tables.apply(DocOverlapTable.TABLE);
    Dataset<Row> rejects = tables.apply(RejectsTable.TABLE);
    out.println();
    out.println("wirelens run summary");
    out.println("====================");
    out.printf(
        Locale.ROOT,
        "input records %d = documents %d + rejects %d (%s)%n",
        counts.inputRecords(),
        counts.documents(),
        counts.rejects(),
        counts.reconciled() ? "reconciled" : "NOT RECONCILED");
    if (!counts.batches().isEmpty()) {
      out.printf(
          Locale.ROOT,
          "batches %d: %s%n",
          counts.batches().size(),
          String.join(", ", counts.batches()));
    }
    counts
        .warnings()
        .forEach(
            (k, v) -> {
              if (v > 0) {
                out.printf(Locale.ROOT, "warning: %d %s%n", v, k.replace('_', ' '));
              }
            });
    out.printf(
        Locale.ROOT,
        "sentences %d, tokens %d, mentions %d, entities %d%n",
        counts.rows().getOrDefault(SentencesTable.TABLE.name(), 0L),
        counts.rows().getOrDefault(TokensTable.TABLE.name(), 0L),
        counts.rows().getOrDefault(MentionsTable.TABLE.name(), 0L),
        counts.rows().getOrDefault(EntitiesTable.TABLE.name(), 0L));
    StringBuilder stages = new StringBuilder("stages:");
    stageSeconds.forEach((k, v) -> stages.append(String.format(Locale.ROOT, " %s %.1fs", k, v)));
    out.println(stages);
    languages(out, tables.apply(DocumentsTable.TABLE), top);

    if (top > 0) {
      section(out, "Top entities (mentions, documents, outlets)");
      for (Row r :
          entities
              .orderBy(col(EntitiesTable.N_MENTIONS).desc(), col(Cols.ENTITY_ID))
              .limit(top)
              .collectAsList()) {
        out.printf(
            Locale.ROOT,
            "  %-40s %-6s %5d %4d %3d%n",
            r.getAs(EntitiesTable.NAME),
            r.getAs(EntitiesTable.TYPE),
            r.<Long>getAs(EntitiesTable.N_MENTIONS),
            r.<Long>getAs(Cols.N_DOCS),
            r.<Long>getAs(EntitiesTable.N_SOURCES));
      }
      section(out, "Top co-occurring pairs in sentences (sentences, NPMI, G²)");
      for (Row r :
          cooccurrence
              .filter(col(Cols.SCOPE).equalTo(CooccurrenceTable.SCOPE_SENTENCE))
              .orderBy(col(CooccurrenceTable.LLR).desc(), col(Cols.ENTITY_A), col(Cols.ENTITY_B))
              .limit(top)
              .collectAsList()) {
        out.printf(
            Locale.ROOT,
            "  %-30s %-30s %4d %6.3f %8.2f%n",
            r.getAs(CooccurrenceTable.NAME_A),
            r.getAs(CooccurrenceTable.NAME_B),
            r.<Long>getAs(Cols.N_UNITS),
            r.<Double>getAs(CooccurrenceTable.NPMI),
            r.<Double>getAs(CooccurrenceTable.LLR));
      }
      section(
          out,
          "Top outlet pairs sharing text (doc pairs, shared shingles, max Jaccard,"
              + " reuse passages: a first / b first / unknown)");
      for (Row r :
          sourceOverlap
              .orderBy(
                  col(SourceOverlapTable.PASSAGES).desc(),
                  col(SourceOverlapTable.MAX_SHINGLE_JACCARD).desc_nulls_last(),
                  col(Cols.SOURCE_A),
                  col(Cols.SOURCE_B))
              .limit(top)
              .collectAsList()) {
        Double jaccard = r.getAs(SourceOverlapTable.MAX_SHINGLE_JACCARD);
        long passages = r.<Long>getAs(SourceOverlapTable.PASSAGES);
        long aFirst = r.<Long>getAs(SourceOverlapTable.PASSAGES_A_TO_B);
        long bFirst = r.<Long>getAs(SourceOverlapTable.PASSAGES_B_TO_A);
        out.printf(
            Locale.ROOT,
            "  %-25s %-25s %4d %6d %6s %4d: %d / %d / %d%n",
            r.getAs(Cols.SOURCE_A),
            r.getAs(Cols.SOURCE_B),
            r.<Long>getAs(SourceOverlapTable.DOC_PAIRS),
            r.<Long>getAs(SourceOverlapTable.SHARED_SHINGLES),
            jaccard == null ? "-" : String.format(Locale.ROOT, "%.3f", jaccard),
            passages,
            aFirst,
            bFirst,
            passages - aFirst - bFirst);
      }
      section(out, "Top overlapping document pairs (shared shingles, Jaccard, TF-IDF cosine)");
      for (Row r :
          docOverlap
              .orderBy(
                  col(DocOverlapTable.SHINGLE_JACCARD).desc(),
                  col(DocOverlapTable.DOC_A),
                  col(DocOverlapTable.DOC_B))
              .limit(top)
              .collectAsList()) {
        out.printf(
            Locale.ROOT,
            "  %-24s %-24s %5d %6.3f %6.3f%n",
            r.getAs(DocOverlapTable.DOC_A),
            r.getAs(DocOverlapTable.DOC_B),
            r.<Integer>getAs(DocOverlapTable.SHARED_SHINGLES),
            r.<Double>getAs(DocOverlapTable.SHINGLE_JACCARD),
            r.<Double>getAs(DocOverlapTable.TFIDF_COSINE));
      }
    }
    if (top > 0) {
      largestClusters(
          out, tables.apply(ReuseClustersTable.TABLE), tables.apply(DocumentsTable.TABLE), top);
      quotedSpeakers(out, counts, tables.apply(QuoteSpeakersBySourceTable.TABLE), top);
      largestStories(
          out, tables.apply(StoriesTable.TABLE), tables.apply(StorySourcesTable.TABLE), top);
    }
    section(out, "Rejects by reason");
    List<Row> reasons =
        rejects
            .groupBy(col(Cols.REASON))
            .agg(count("*").as("n"))
            .orderBy(col("n").desc(), col(Cols.REASON))
            .collectAsList();
    if (reasons.isEmpty()) {
      out.println("  none");
    }
    for (Row r : reasons) {
      out.printf(Locale.ROOT, "  %-22s %d%n", r.getString(0), r.getLong(1));
    }
    out.println();
    out.println("Tables written to " + output);
  }

  /**
   * The largest reuse clusters between outlets (boilerplate last): size, origin, dates, and the
   * start of the text as its earliest member has it.
   */
  private static void largestClusters(
      PrintWriter out, Dataset<Row> members, Dataset<Row> documents, int top) {
    section(out, "Largest reuse clusters (documents, outlets, origin or first published, text)");
    Dataset<Row> firstMember =
        members
            .withColumn(
                "pick",
                row_number()
                    .over(
                        Window.partitionBy(col(ReuseClustersTable.CLUSTER_ID))
                            .orderBy(
                                col(ReuseClustersTable.TIME_RANK).asc_nulls_last(),
                                col(Cols.DOC_ID),
                                col(Cols.BEGIN))))
            .filter(col("pick").equalTo(1))
            .orderBy(
                col(ReuseClustersTable.BOILERPLATE),
                col(ReuseClustersTable.N_DOCS).desc(),
                col(ReuseClustersTable.N_SOURCES).desc(),
                col(ReuseClustersTable.CLUSTER_ID))
            .limit(top);
    List<Row> rows =
        firstMember
            .join(documents.select(col(Cols.DOC_ID), col(Cols.TEXT)), Cols.DOC_ID)
            .orderBy(
                col(ReuseClustersTable.BOILERPLATE),
                col(ReuseClustersTable.N_DOCS).desc(),
                col(ReuseClustersTable.N_SOURCES).desc(),
                col(ReuseClustersTable.CLUSTER_ID))
            .collectAsList();
    if (rows.isEmpty()) {
      out.println("  none");
    }
    for (Row r : rows) {
      String text = r.getAs(Cols.TEXT);
      String span =
          text.substring(r.<Integer>getAs(Cols.BEGIN), r.<Integer>getAs(Cols.END))
              .replaceAll("\\s+", " ");
      String origin = r.getAs(ReuseClustersTable.ORIGIN_DOC);
      String first = r.getAs(ReuseClustersTable.FIRST_PUBLISHED);
      out.printf(
          Locale.ROOT,
          "  %5d %4d  %-24s %s%s%n",
          r.<Long>getAs(ReuseClustersTable.N_DOCS),
          r.<Long>getAs(ReuseClustersTable.N_SOURCES),
          origin != null ? origin : "(" + (first == null ? "no dates" : "first " + first) + ")",
          r.<Boolean>getAs(ReuseClustersTable.BOILERPLATE) ? "[boilerplate] " : "",
          span.length() > 70 ? span.substring(0, 70) + "..." : span);
    }
  }

  /** The most quoted speakers, from quote_speakers_by_source summed over outlets. */
  private static void quotedSpeakers(
      PrintWriter out, RunCounts counts, Dataset<Row> bySource, int top) {
    section(
        out,
        String.format(
            Locale.ROOT,
            "Most quoted speakers (quotes, in quotation marks, documents, outlets) of %d quotes, %d"
                + " cross-document matches",
            counts.rows().getOrDefault(QuotesTable.TABLE.name(), 0L),
            counts.rows().getOrDefault(QuoteMatchesTable.TABLE.name(), 0L)));
    for (Row r :
        bySource
            .groupBy(
                col(QuotesTable.SPEAKER_ENTITY_ID), col(QuoteSpeakersBySourceTable.SPEAKER_NAME))
            .agg(
                sum(col(QuoteSpeakersBySourceTable.N_QUOTES)).as("n"),
                sum(col(QuoteSpeakersBySourceTable.N_DIRECT)).as("direct"),
                sum(col(Cols.N_DOCS)).as("docs"),
                count("*").as("sources"))
            .orderBy(col("n").desc(), col(QuotesTable.SPEAKER_ENTITY_ID))
            .limit(top)
            .collectAsList()) {
      out.printf(
          Locale.ROOT,
          "  %-40s %5d %5d %4d %3d%n",
          r.getString(1),
          r.getLong(2),
          r.getLong(3),
          r.getLong(4),
          r.getLong(5));
    }
  }

  /** The largest stories by documents, with their outlets (most documents first, up to three). */
  private static void largestStories(
      PrintWriter out, Dataset<Row> stories, Dataset<Row> sources, int top) {
    section(out, "Largest stories (documents, outlets, first published, label: outlets)");
    List<Row> rows =
        stories
            .orderBy(
                col(Cols.N_DOCS).desc(),
                col(StoriesTable.N_SOURCES).desc(),
                col(StoriesTable.STORY_ID))
            .limit(top)
            .collectAsList();
    if (rows.isEmpty()) {
      out.println("  none");
    }
    java.util.Map<String, List<String>> outlets = new java.util.HashMap<>();
    if (!rows.isEmpty()) {
      List<String> ids = rows.stream().map(r -> r.<String>getAs(StoriesTable.STORY_ID)).toList();
      for (Row s :
          sources
              .filter(col(StoriesTable.STORY_ID).isin(ids.toArray()))
              .orderBy(col(StoriesTable.STORY_ID), col(Cols.N_DOCS).desc(), col(Cols.SOURCE))
              .select(col(StoriesTable.STORY_ID), col(Cols.SOURCE), col(Cols.N_DOCS))
              .collectAsList()) {
        outlets
            .computeIfAbsent(s.getString(0), k -> new java.util.ArrayList<>())
            .add(s.getString(1) + " " + s.getLong(2));
      }
    }
    for (Row r : rows) {
      List<String> o = outlets.getOrDefault(r.<String>getAs(StoriesTable.STORY_ID), List.of());
      String first = r.getAs(StoriesTable.FIRST_PUBLISHED);
      String label = r.getAs(StoriesTable.LABEL);
      out.printf(
          Locale.ROOT,
          "  %5d %4d  %-20s %s: %s%s%n",
          r.<Long>getAs(Cols.N_DOCS),
          r.<Long>getAs(StoriesTable.N_SOURCES),
          first == null ? "(undated)" : first,
          label.length() > 60 ? label.substring(0, 60) + "..." : label,
          String.join(", ", o.subList(0, Math.min(3, o.size()))),
          o.size() > 3 ? ", ..." : "");
    }
  }

  /**
   * The corpus's languages (documents, of them detected), then, for the {@code top} outlets with
   * the most documents, each outlet's languages; {@code none} counts documents with no language.
   * Only those outlets' counts reach the driver.
   */
  private static void languages(PrintWriter out, Dataset<Row> documents, int top) {
    Column isDetected =
        when(col(DocumentsTable.LANGUAGE_SOURCE).equalTo(Languages.DETECTED), 1).otherwise(0);
    StringBuilder line = new StringBuilder("languages (documents, detected):");
    List<Row> all =
        documents
            .groupBy(col(DocumentsTable.LANGUAGE))
            .agg(count("*").as("n"), sum(isDetected).as("d"))
            .orderBy(col("n").desc(), col(DocumentsTable.LANGUAGE).asc_nulls_last())
            .limit(LANGUAGES_SHOWN + 1)
            .collectAsList();
    for (int i = 0; i < Math.min(all.size(), LANGUAGES_SHOWN); i++) {
      Row r = all.get(i);
      line.append(
          String.format(
              Locale.ROOT,
              "%s %s %d (%d)",
              i == 0 ? "" : ",",
              language(r.getString(0)),
              r.getLong(1),
              r.getLong(2)));
    }
    if (all.size() > LANGUAGES_SHOWN) {
      line.append(", ...");
    }
    out.println(line);
    if (top <= 0) {
      return;
    }
    section(out, "Languages by outlet (documents: documents per language)");
    Dataset<Row> counts =
        documents.groupBy(col(Cols.SOURCE), col(DocumentsTable.LANGUAGE)).agg(count("*").as("n"));
    List<Row> outlets =
        counts
            .groupBy(col(Cols.SOURCE))
            .agg(
                sum(col("n")).as("docs"),
                collect_list(struct(col(DocumentsTable.LANGUAGE), col("n"))).as("langs"))
            .orderBy(col("docs").desc(), col(Cols.SOURCE))
            .limit(top)
            .collectAsList();
    for (Row r : outlets) {
      List<Row> langs = new java.util.ArrayList<>(r.getList(2));
      langs.sort(
          java.util.Comparator.<Row>comparingLong(x -> -x.getLong(1))
              .thenComparing(x -> language(x.getString(0))));
      StringBuilder each = new StringBuilder();
      for (Row l : langs) {
        each.append(each.length() == 0 ? "" : ", ")
            .append(language(l.getString(0)))
            .append(' ')
            .append(l.getLong(1));
      }
      out.printf(Locale.ROOT, "  %-30s %5d: %s%n", r.getString(0), r.getLong(1), each);
    }
  }

  private static String language(String code) {
    return code == null ? "none" : code;
  }

  private static void section(PrintWriter out, String title) {
    out.println();
    out.println(title);
  }
}
