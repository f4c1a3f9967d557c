package org.wirelens.entities;

import java.util.List;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.PipelineStage;

/** Stanford CoreNLP's CRF NER as a recogniser, below the catalog in priority. */
public final class CoreNlpRecognizer extends ModelRecognizer {
  private static final long serialVersionUID = 1L;
  public static final String NAME = "corenlp";
  private static final String CHUNKS = "corenlp_chunks";

  private final String textColumn;

  /**
   * @param catalog the catalog, for names it already knows
   * @param textColumn the stored text (CoreNLP reads case and diacritics as written)
   */
  public CoreNlpRecognizer(Broadcast<Catalog> catalog, String textColumn) {
    super(catalog);
    this.textColumn = textColumn;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int priority() {
    return 1;
  }

  @Override
  public List<PipelineStage> stages(String sentenceColumn, String tokenColumn) {
    return List.of(new CoreNlpNerTransformer(textColumn, CHUNKS));
  }

  @Override
  public String chunkColumn() {
    return CHUNKS;
  }
}
