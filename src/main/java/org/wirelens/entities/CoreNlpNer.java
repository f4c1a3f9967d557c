package org.wirelens.entities;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP's CRF named-entity recogniser (3 classes: PERSON, ORGANIZATION, LOCATION),
 * loaded from the classpath: the build unpacks just this model from CoreNLP's models jar.
 *
 * <p>The pipeline is built once per JVM, on first use, and shared by every task thread of an
 * executor (CoreNLP's annotate is thread-safe for this pipeline). Numeric classifiers, SUTime and
 * fine-grained rules are off: with CoreNLP's defaults the same text costs about ten times more.
 */
public final class CoreNlpNer {
  public static final String MODEL =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  private static volatile StanfordCoreNLP pipeline;

  private CoreNlpNer() {}

  /** A span CoreNLP labelled: offsets into the text, end exclusive. */
  public record Span(int begin, int end, String label) {}

  static StanfordCoreNLP pipeline() {
    StanfordCoreNLP p = pipeline;
    if (p == null) {
      synchronized (CoreNlpNer.class) {
        p = pipeline;
        if (p == null) {
          Properties props = new Properties();
          props.setProperty("annotators", "tokenize,ssplit,ner");
          props.setProperty("enforceRequirements", "false");
          props.setProperty("ner.model", MODEL);
          props.setProperty("ner.applyNumericClassifiers", "false");
          props.setProperty("ner.useSUTime", "false");
          props.setProperty("ner.applyFineGrained", "false");
          props.setProperty("ner.buildEntityMentions", "false");
          props.setProperty("tokenize.language", "en");
          p = new StanfordCoreNLP(props);
          pipeline = p;
        }
      }
    }
    return p;
  }

  /** Labelled spans of {@code text}: runs of tokens with the same label other than O. */
  public static List<Span> find(String text) {
    CoreDocument doc = new CoreDocument(text);
    pipeline().annotate(doc);
    List<Span> spans = new ArrayList<>();
    String label = null;
    int begin = -1;
    int end = -1;
    for (CoreLabel token : doc.tokens()) {
      String ner = token.ner();
      boolean entity = ner != null && !ner.equals("O");
      if (label != null && (!entity || !ner.equals(label))) {
        spans.add(new Span(begin, end, label));
        label = null;
      }
      if (entity) {
        if (label == null) {
          label = ner;
          begin = token.beginPosition();
        }
        end = token.endPosition();
      }
    }
    if (label != null) {
      spans.add(new Span(begin, end, label));
    }
    return spans;
  }
}
