package org.wirelens.entities;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.PipelineStage;

/**
 * A recogniser plugs Spark NLP stages into the NLP pipeline and reads their CHUNK output back as
 * {@link Candidate}s. The catalog matcher is one; a statistical NER model is another, added to the
 * same list with a lower priority so the catalog keeps the last word.
 */
public interface EntityRecognizer extends Serializable {
  /** Name recorded in mentions.recognizer. */
  String name();

  /** Lower wins when spans overlap. */
  int priority();

  /**
   * Stages reading the given SENTENCE/DOCUMENT and TOKEN columns and writing {@link #chunkColumn}.
   */
  List<PipelineStage> stages(String sentenceColumn, String tokenColumn);

  /** The CHUNK annotation column the stages write. */
  String chunkColumn();

  /**
   * The candidate for one chunk (offsets into the stored text, end exclusive), or null when the
   * chunk names nothing this recogniser can resolve.
   */
  Candidate candidate(
      int begin, int end, int sentence, String result, Map<String, String> metadata);
}
