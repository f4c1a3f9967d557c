package org.wirelens.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.posexplode;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import java.util.Locale;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Benchmark baselines, run by {@code jobs/benchmark.py} on the same corpus as the job: tokens to
 * Parquet with Spark ML's RegexTokenizer ({@code regex}), or with Spark NLP's assembler, sentence
 * detector and tokenizer alone ({@code sparknlp}). Prints {@code baseline <mode> <seconds>}.
 */
public final class TokenizerBaseline {
  private TokenizerBaseline() {}

  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: TokenizerBaseline regex|sparknlp INPUT.jsonl OUTPUT_DIR");
      System.exit(2);
    }
    String mode = args[0];
    SparkSession spark =
        SparkSession.builder()
            .appName("wirelens-baseline-" + mode)
            .master("local[*]")
            .getOrCreate();
    long t0 = System.nanoTime();
    Dataset<Row> docs =
        spark.read().json(args[1]).select(col("id"), col("text")).filter(col("text").notEqual(""));
    Dataset<Row> tokens;
    if (mode.equals("regex")) {
      RegexTokenizer tokenizer = new RegexTokenizer();
      tokenizer.setInputCol("text");
      tokenizer.setOutputCol("tokens");
      tokenizer.setPattern("\\W+");
      tokens =
          tokenizer
              .transform(docs)
              .select(col("id"), posexplode(col("tokens")).as(new String[] {"idx", "token"}));
    } else {
      DocumentAssembler assembler = new DocumentAssembler();
      assembler.setInputCol("text");
      assembler.setOutputCol("document");
      SentenceDetector sentences = new SentenceDetector();
      sentences.setInputCols(new String[] {"document"});
      sentences.setOutputCol("sentence");
      Tokenizer tokenizer = new Tokenizer();
      tokenizer.setInputCols(new String[] {"sentence"});
      tokenizer.setOutputCol("token");
      Pipeline pipeline = new Pipeline();
      pipeline.setStages(new PipelineStage[] {assembler, sentences, tokenizer});
      tokens =
          pipeline
              .fit(docs)
              .transform(docs)
              .select(col("id"), posexplode(col("token.result")).as(new String[] {"idx", "token"}));
    }
    tokens.write().mode(SaveMode.Overwrite).parquet(args[2]);
    double seconds = (System.nanoTime() - t0) / 1e9;
    long rows = spark.read().parquet(args[2]).count();
    System.out.printf(Locale.ROOT, "baseline %s %.2f s %d tokens%n", mode, seconds, rows);
    spark.stop();
  }
}
