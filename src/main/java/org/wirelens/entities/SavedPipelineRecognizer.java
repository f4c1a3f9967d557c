package org.wirelens.entities;

import java.util.List;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.wirelens.WirelensException;

/**
 * A Spark NLP NER pipeline saved on local disk (e.g. DocumentAssembler, SentenceDetector,
 * Tokenizer, word embeddings, NerDL and a NerConverter), loaded with {@code PipelineModel.load}. It
 * runs on the stored text (column {@code text}) and must write a CHUNK column whose metadata {@code
 * entity} holds the label (PER/PERSON, ORG, LOC, GPE, NORP); its other columns must not clash with
 * wirelens's own ({@code nlp_*}).
 */
public final class SavedPipelineRecognizer extends ModelRecognizer {
  private static final long serialVersionUID = 1L;
  public static final String NAME = "spark-nlp-pipeline";

  private final transient PipelineModel model;
  private final String chunkColumn;

  public SavedPipelineRecognizer(Broadcast<Catalog> catalog, String path, String chunkColumn) {
    super(catalog);
    try {
      this.model = PipelineModel.load(path);
    } catch (RuntimeException e) {
      throw new WirelensException(
          "cannot load the Spark NLP pipeline " + path + ": " + e.getMessage());
    }
    this.chunkColumn = chunkColumn;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int priority() {
    return 2;
  }

  @Override
  public List<PipelineStage> stages(String sentenceColumn, String tokenColumn) {
    return List.of(model);
  }

  @Override
  public String chunkColumn() {
    return chunkColumn;
  }
}
