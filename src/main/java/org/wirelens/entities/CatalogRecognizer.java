package org.wirelens.entities;

import com.johnsnowlabs.nlp.annotators.TextMatcher;
import com.johnsnowlabs.nlp.annotators.TokenizerModel;
import com.johnsnowlabs.nlp.util.io.ReadAs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.PipelineStage;
import org.wirelens.WirelensException;
import org.wirelens.entities.names.NameKeys;
import org.wirelens.text.TextFold;

/**
 * Rule-based recogniser: Spark NLP's TextMatcher over every catalog phrase, matched
 * case-insensitively on the folded text (so Çavuşoğlu = Cavusoglu and curly = straight quotes),
 * each match resolved to its entity through the catalog's key index.
 */
public final class CatalogRecognizer implements EntityRecognizer {
  private static final long serialVersionUID = 1L;
  public static final String NAME = "catalog";
  private static final String CHUNKS = "catalog_chunks";

  private final Broadcast<Catalog> catalog;
  private final transient TokenizerModel tokenizer;
  private final transient Path phraseFile;

  /**
   * @param catalog the catalog, broadcast once to the executors
   * @param tokenizer the pipeline's own tokenizer, so phrases split exactly as the text does
   * @param workDir a local directory for the phrase file TextMatcher reads when the pipeline is fit
   */
  public CatalogRecognizer(Broadcast<Catalog> catalog, TokenizerModel tokenizer, Path workDir) {
    this.catalog = catalog;
    this.tokenizer = tokenizer;
    this.phraseFile = workDir.resolve("catalog-phrases.txt");
    try {
      Files.createDirectories(workDir);
      Files.write(phraseFile, catalog.value().phrases(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new WirelensException("cannot write catalog phrases to " + workDir + ": " + e);
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  /** The catalog outranks every model. */
  public static final int PRIORITY = 0;

  @Override
  public int priority() {
    return PRIORITY;
  }

  @Override
  public List<PipelineStage> stages(String sentenceColumn, String tokenColumn) {
    TextMatcher matcher = new TextMatcher();
    matcher.setInputCols(new String[] {sentenceColumn, tokenColumn});
    matcher.setOutputCol(CHUNKS);
    matcher.setEntities(
        phraseFile.toUri().toString(),
        ReadAs.TEXT(),
        new scala.collection.immutable.HashMap<String, String>().updated("format", "text"));
    matcher.setCaseSensitive(false);
    // Overlaps are settled by MentionResolver (longest span wins), not merged into one chunk.
    matcher.setMergeOverlapping(false);
    matcher.setTokenizer(tokenizer);
    return List.of(matcher);
  }

  @Override
  public String chunkColumn() {
    return CHUNKS;
  }

  @Override
  public Candidate candidate(
      int begin, int end, int sentence, String result, Map<String, String> metadata) {
    return candidate(catalog.value(), begin, end, sentence, result);
  }

  /** The candidate for a catalog phrase matched at [begin, end), or null. */
  public static Candidate candidate(Catalog c, int begin, int end, int sentence, String result) {
    String key = TextFold.matchKey(result);
    List<AliasTarget> senses = c.senses(key).stream().filter(t -> t.accepts(result)).toList();
    AliasTarget target = c.strong(key).filter(t -> t.accepts(result)).orElse(null);
    if (senses.size() > 1) {
      // Several senses: resolution reads the article; the default sense is the fallback.
      return new Candidate(
          begin,
          end,
          sentence,
          NAME,
          PRIORITY,
          target,
          List.of(),
          null,
          NameKeys.key(result),
          senses);
    }
    if (target == null && senses.size() == 1) {
      target = senses.get(0);
    }
    List<String> weak = target == null ? c.weak(key) : List.of();
    if (target == null && weak.isEmpty()) {
      return null;
    }
    return new Candidate(
        begin, end, sentence, NAME, PRIORITY, target, weak, null, NameKeys.key(result));
  }
}
