package org.wirelens.tables;

/** Column names shared by several output tables; names used by one table live in its class. */
public final class Cols {
  public static final String DOC_ID = "doc_id";

  /**
   * The NLP stage's per-document arrays (sentences, tokens, resolved mentions), read downstream.
   */
  public static final String NLP_SENTENCES = "sentences";

  public static final String NLP_TOKENS = "tokens";
  public static final String NLP_MENTIONS = "mentions";

  public static final String SOURCE = "source";
  public static final String BATCH_ID = "batch_id";
  public static final String TEXT = "text";
  public static final String TITLE = "title";
  public static final String INPUT = "input";
  public static final String SENTENCE_IDX = "sentence_idx";
  public static final String BEGIN = "begin";
  public static final String END = "end";
  public static final String ENTITY_ID = "entity_id";
  public static final String REASON = "reason";
  public static final String SCOPE = "scope";
  public static final String ENTITY_A = "entity_a";
  public static final String ENTITY_B = "entity_b";
  public static final String N_UNITS = "n_units";
  public static final String N_DOCS = "n_docs";
  public static final String SOURCE_A = "source_a";
  public static final String SOURCE_B = "source_b";

  private Cols() {}
}
