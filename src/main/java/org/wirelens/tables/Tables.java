package org.wirelens.tables;

import java.util.List;

/** Every output table, in the order they are documented and written. */
public final class Tables {
  public static final List<TableDef> ALL =
      List.of(
          DocumentsTable.TABLE,
          RemovedLinesTable.TABLE,
          RejectsTable.TABLE,
          SentencesTable.TABLE,
          TokensTable.TABLE,
          MentionsTable.TABLE,
          EntitiesTable.TABLE,
          CooccurrenceTable.TABLE,
          CooccurrenceBySourceTable.TABLE,
          DocOverlapTable.TABLE,
          ReusePassagesTable.TABLE,
          ReuseClustersTable.TABLE,
          SourceOverlapTable.TABLE,
          QuotesTable.TABLE,
          QuoteMatchesTable.TABLE,
          QuoteSpeakersBySourceTable.TABLE,
          StoriesTable.TABLE,
          StoryMembersTable.TABLE,
          StoryPairsTable.TABLE,
          StorySourcesTable.TABLE,
          StoryCooccurrenceTable.TABLE,
          StorySourceOverlapTable.TABLE,
          RunInfoTable.TABLE);

  private Tables() {}

  /** Prints the README's table reference (used to regenerate that section). */
  public static void main(String[] args) {
    for (TableDef t : ALL) {
      System.out.println(t.markdown());
    }
  }
}
