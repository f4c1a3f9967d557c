package org.wirelens.nlp;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.wirelens.stage.Stage;
import org.wirelens.stage.StageResult;
import org.wirelens.stage.TableOutput;
import org.wirelens.tables.DocumentsTable;
import org.wirelens.tables.RejectsTable;
import org.wirelens.tables.RemovedLinesTable;
import org.wirelens.tables.SentencesTable;
import org.wirelens.tables.TokensTable;

/**
 * The corpus's document tables: documents, removed lines and rejects, sentences and tokens, from
 * the annotated documents ({@link DocumentTables}) and the batches' removed lines and rejects.
 */
public final class DocumentsStage implements Stage<DocumentsStage.Input, DocumentsStage.Result> {
  /**
   * @param nlp the annotated documents of every batch the tables cover
   * @param removedLines their removed lines
   * @param rejects their rejects
   */
  public record Input(Dataset<Row> nlp, Dataset<Row> removedLines, Dataset<Row> rejects) {}

  /** The five tables. */
  public record Result(Input input) implements StageResult {
    @Override
    public List<TableOutput> tables() {
      return List.of(
          TableOutput.whole(DocumentsTable.TABLE, DocumentTables.documents(input.nlp())),
          TableOutput.whole(RemovedLinesTable.TABLE, input.removedLines()),
          TableOutput.whole(RejectsTable.TABLE, input.rejects()),
          TableOutput.whole(SentencesTable.TABLE, DocumentTables.sentences(input.nlp())),
          TableOutput.whole(TokensTable.TABLE, DocumentTables.tokens(input.nlp())));
    }
  }

  @Override
  public String name() {
    return "write documents";
  }

  @Override
  public String description() {
    return "write documents, sentences, tokens, removed lines, rejects";
  }

  @Override
  public Result run(Input input) {
    return new Result(input);
  }
}
