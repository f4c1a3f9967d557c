package org.wirelens.tables;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

/** The {@code quotes} table: every quotation found, with its speaker. */
public final class QuotesTable {
  public static final String QUOTE_IDX = "quote_idx";
  public static final String KIND = "kind";
  public static final String CUE = "cue";
  public static final String CUE_BEGIN = "cue_begin";
  public static final String CUE_END = "cue_end";
  public static final String SPEAKER = "speaker";
  public static final String SPEAKER_BEGIN = "speaker_begin";
  public static final String SPEAKER_END = "speaker_end";
  public static final String SPEAKER_ENTITY_ID = "speaker_entity_id";
  public static final String SPEAKER_METHOD = "speaker_method";

  public static final TableDef TABLE =
      TableDef.table(
              "quotes",
              "One row per quotation: words in quotation marks, reported speech, or both, with the reporting verb and the speaker where the text gives them (rules over quotation marks, reporting verbs, sentences and the resolved mentions; no parse). A quotation broken by its attribution or running over several paragraphs is one row per part.",
              Cols.DOC_ID,
              QUOTE_IDX)
          .required(Cols.DOC_ID, StringType, "Document.")
          .required(
              QUOTE_IDX, IntegerType, "0-based quotation number in the document, in text order.")
          .required(Cols.SOURCE, StringType, "Outlet of the document.")
          .required(Cols.BEGIN, IntegerType, "Start offset in `documents.text` (inclusive).")
          .required(Cols.END, IntegerType, "End offset in `documents.text` (exclusive).")
          .required(
              Cols.TEXT,
              StringType,
              "The quotation as written: quotation marks included for `direct`; the reported clause (from `that`, if written) for `indirect` and `mixed`.")
          .required(
              KIND,
              StringType,
              "`direct` (the speaker's words in quotation marks: straight, curly, `« »` or `„ “`), `indirect` (reported speech: `Lavrov said the ceasefire must hold`) or `mixed` (reported speech quoting some words: `said the plan was \"dead on arrival\"`). One or two words in quotation marks with no attribution are scare quotes, not quotations.")
          .optional(
              CUE,
              StringType,
              "The reporting verb or phrase as written (`said`, `told`, `adding`, `According to`); null for a quotation with no attribution of its own.")
          .optional(CUE_BEGIN, IntegerType, "Start offset of `cue`.")
          .optional(CUE_END, IntegerType, "End offset of `cue` (exclusive).")
          .optional(
              SPEAKER,
              StringType,
              "The speaker as written in the attribution: a name (`Sergei Lavrov`), a pronoun (`he`) or a description (`the minister`, `officials`); for `previous_quote` and `same_quote`, as written in the attribution it is taken from. Null when floating.")
          .optional(SPEAKER_BEGIN, IntegerType, "Start offset of `speaker`.")
          .optional(SPEAKER_END, IntegerType, "End offset of `speaker` (exclusive).")
          .optional(
              SPEAKER_ENTITY_ID,
              StringType,
              "The speaker's entity (`entities.entity_id`), so `he`, `Lavrov` and `Sergei Lavrov` are one speaker: the name's entity, or the person or organisation a pronoun or definite description refers to; null when unresolved (`officials`, `I`).")
          .required(
              SPEAKER_METHOD,
              StringType,
              "How the speaker was found: `name` (a person or organisation named in the attribution: `Lavrov said`, `said Lavrov`, `Lavrov, the foreign minister, said`, `according to Lavrov`; a person named only as a modifier, `a spokeswoman for Lavrov`, is not the speaker), `pronoun` (`he said`: the most salient person of that gender in the last three paragraphs, each mention weighing more as a sentence subject and most as a speaker, halving per sentence back; `it`: the latest organisation or state subject or speaker), `description` (`the minister said`: the latest person whose title has that word, else as a pronoun; `the company said`: the latest organisation subject or speaker; others stay unresolved), `previous_quote` (no attribution in its own sentence: the speaker of the previous quotation in the same or the previous paragraph, unless another person was named in between), `same_quote` (a paragraph of a quotation running over several, attributed in another paragraph) or `none` (floating).")
          .build();

  private QuotesTable() {}
}
