package org.wirelens.tables;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

/** The {@code mentions} table: every resolved entity mention. */
public final class MentionsTable {
  public static final String MENTION_IDX = "mention_idx";
  public static final String SURFACE = "surface";
  public static final String MENTION_TYPE = "mention_type";
  public static final String MATCH_KIND = "match_kind";
  public static final String RECOGNIZER = "recognizer";
  public static final String DESCRIPTOR = "descriptor";
  public static final String HONORIFIC = "honorific";
  public static final String AMBIGUOUS = "ambiguous";

  public static final TableDef TABLE =
      TableDef.table("mentions", "One row per entity mention.", Cols.DOC_ID, MENTION_IDX)
          .required(Cols.DOC_ID, StringType, "Document.")
          .required(
              MENTION_IDX, IntegerType, "0-based mention number in the document, in text order.")
          .required(Cols.SOURCE, StringType, "Outlet of the document.")
          .required(Cols.SENTENCE_IDX, IntegerType, "Sentence the mention is in.")
          .required(Cols.BEGIN, IntegerType, "Start offset in `documents.text` (inclusive).")
          .required(Cols.END, IntegerType, "End offset in `documents.text` (exclusive).")
          .required(
              SURFACE,
              StringType,
              "The mention as written in `documents.text` (e.g. `Cavusoglu`, `Emirati`).")
          .required(
              Cols.ENTITY_ID,
              StringType,
              "Resolved entity (`entities.entity_id`), the same for every spelling, transliteration and outlet.")
          .required(
              MENTION_TYPE,
              StringType,
              "Type of this mention: the entity's type, or `NORP` for a demonym of a country.")
          .required(
              MATCH_KIND,
              StringType,
              "`name`, `alias`, `demonym` (catalog phrases), `demonym_compound` (nationalities naming a group of people: `African American`, `Turkish Cypriots`), `surname` or `first_name` (a lone last or first name joined to its person: the full name in the same document, else by the corpus's evidence), `model` (a name a statistical recogniser found outside the catalog), `acronym` (an acronym the document defines, `Government of National Accord (GNA)`, and its later uses) or `acronym_long_form` (a defined long form no recogniser had found whole).")
          .required(
              RECOGNIZER,
              StringType,
              "Recogniser that found the span: `catalog` (Spark NLP TextMatcher over the catalog), `corenlp` (Stanford CRF NER), `spark-nlp-pipeline` (`--ner-pipeline`) or `acronym` (acronym definitions in the text).")
          .optional(
              DESCRIPTOR,
              StringType,
              "For a person, the label this outlet writes right before the name: role, rank or epithet (e.g. `Turkish Defense Minister`, `renegade commander`, `Republican presidential nominee`), within the sentence and never from a Title Case headline; null when there is none.")
          .optional(
              HONORIFIC,
              StringType,
              "The honorific written right before a person's name, as written (`Mr.`, `Mrs.`, `Ms.`, `Dr.`); null when there is none.")
          .required(
              AMBIGUOUS,
              BooleanType,
              "True when the evidence could not settle which entity the name means (a lone surname several persons of the corpus bear, none dominant; a place name with several senses and no default), so it is kept as its own entity rather than forced onto one.")
          .build();

  private MentionsTable() {}
}
