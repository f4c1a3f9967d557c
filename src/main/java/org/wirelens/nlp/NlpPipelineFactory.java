package org.wirelens.nlp;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.TokenizerModel;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wirelens.entities.EntityRecognizer;

/**
 * Builds the Spark NLP pipeline: DocumentAssembler, SentenceDetector, Tokenizer, then each
 * recogniser's stages. Normalising tokens and marking stop words is done per token in NlpStage
 * ({@link TokenNorms}): as two more annotators they cost two more annotation columns per document.
 * Rule-based annotators only: nothing is downloaded. Spark NLP's Java setters return Scala types,
 * hence one statement per setter.
 */
public final class NlpPipelineFactory {
  public static final String DOCUMENT = "nlp_document";
  public static final String SENTENCE = "nlp_sentence";
  public static final String TOKEN = "nlp_token";

  /** Context characters stripped from token edges (Spark NLP's default set). */
  private static final String CONTEXT_CHARS = ".,;:!?*-()\"'";

  private NlpPipelineFactory() {}

  /**
   * The tokenizer, fitted once: splits hyphenated words ("UN-recognised" gives "UN") and the
   * possessive "'s" ("Haftar's" gives "Haftar"), so names inside such words can be matched.
   */
  public static TokenizerModel tokenizer(SparkSession spark) {
    Tokenizer tokenizer = new Tokenizer();
    tokenizer.setInputCols(new String[] {SENTENCE});
    tokenizer.setOutputCol(TOKEN);
    tokenizer.setSplitChars(new String[] {"-"});
    String[] context =
        CONTEXT_CHARS.chars().mapToObj(c -> String.valueOf((char) c)).toArray(String[]::new);
    tokenizer.setContextChars(context);
    String quoted = Pattern.quote(CONTEXT_CHARS);
    tokenizer.setInfixPatterns(
        new String[] {
          "([\\p{L}\\p{N}][\\p{L}\\p{N}.]*)('s)",
          // Spark NLP's default infix: the token between leading and trailing context chars.
          "([^" + quoted + "](?:.*[^" + quoted + "])*)"
        });
    return tokenizer.fit(emptyText(spark, "unused"));
  }

  /** Fits the whole pipeline over the column {@code textColumn}. */
  public static PipelineModel build(
      SparkSession spark,
      String textColumn,
      TokenizerModel tokenizer,
      List<EntityRecognizer> recognizers) {
    DocumentAssembler assembler = new DocumentAssembler();
    assembler.setInputCol(textColumn);
    assembler.setOutputCol(DOCUMENT);

    SentenceDetector sentences = new SentenceDetector();
    sentences.setInputCols(new String[] {DOCUMENT});
    sentences.setOutputCol(SENTENCE);
    // Its abbreviation handling doubles its cost; NlpStage mends the few splits it leaves after
    // abbreviations (Abbreviations), faster and at least as well on wire copy.
    sentences.setUseAbbreviations(false);

    List<PipelineStage> stages = new ArrayList<>();
    stages.add(assembler);
    stages.add(sentences);
    stages.add(tokenizer);
    for (EntityRecognizer r : recognizers) {
      stages.addAll(r.stages(SENTENCE, TOKEN));
    }
    Pipeline pipeline = new Pipeline();
    pipeline.setStages(stages.toArray(PipelineStage[]::new));
    return pipeline.fit(emptyText(spark, textColumn));
  }

  private static Dataset<Row> emptyText(SparkSession spark, String column) {
    return spark.createDataFrame(
        List.<Row>of(), new StructType().add(column, DataTypes.StringType));
  }
}
