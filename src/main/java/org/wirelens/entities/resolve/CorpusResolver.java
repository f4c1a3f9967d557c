package org.wirelens.entities.resolve;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.nullif;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.wirelens.SparkPlans;
import org.wirelens.entities.AliasTarget;
import org.wirelens.entities.EntityType;
import org.wirelens.entities.ResolvedMention;
import org.wirelens.entities.names.GivenNames;
import org.wirelens.entities.names.Honorifics;
import org.wirelens.entities.names.NameKeys;
import org.wirelens.tables.Cols;
import org.wirelens.tables.DocumentsTable;
import org.wirelens.tables.MentionsTable;

/**
 * Corpus-wide resolution of model-found names, after each document was resolved on its own ({@link
 * DocumentResolver}). Every step is a join or an aggregation over the mentions: nothing grows on
 * the driver with the corpus.
 *
 * <ol>
 *   <li>A person name that ends with exactly one other person's full name is that person ("al-Wefaq
 *       Fayez al-Sarraj", a span the model merged).
 *   <li>A lone surname or first name the document could not settle ("Obama", "Mr. Clinton",
 *       "Sanders" in an article that never gives the full name) is weighed against the corpus's
 *       persons who bear it, by evidence: the honorific's sex against each bearer's given name
 *       ({@link GivenNames}: "Mr. Clinton" is not Hillary); the role its outlet writes against the
 *       roles written before each bearer's full name ("President Obama" is the Obama called
 *       president); then one bearer left, or one bearer holding at least {@value #DOMINANT} of the
 *       candidates' full-name mentions in the same outlet and month (with at least {@value
 *       #MIN_LOCAL} of them), else in the whole corpus. A name the evidence cannot settle stays its
 *       own entity and is marked {@code ambiguous}; it is never forced onto one bearer. A lone name
 *       of another type, written as one word, joins a person only when the corpus mostly reads the
 *       word alone as a person ("Haftar", tagged LOCATION in some sentences; not "Washington", nor
 *       the company "Williams Cos").
 *   <li>A model's bare acronym ("ent:gna") joins the entity the corpus's articles define it as,
 *       when they all name the same one and the documents defining it are at least as many as those
 *       that use it bare (one sense per document holds, one sense per corpus does not: in the
 *       Reuters 1987 sample one article defines AMC as Amalgamated Metal Corporation and nineteen
 *       others mean American Motors).
 * </ol>
 *
 * <p>Nothing the model found is dropped for want of evidence: a lone surname seen once ("Adams 45"
 * in a football summary) stays its own entity. An earlier rule dropped one-word persons seen once;
 * on CoNLL-2003 results tables it removed a third of the persons.
 *
 * <p>Catalog entities are never remapped: the catalog has the last word.
 */
public final class CorpusResolver {
  /** Share of the candidates' full-name mentions that makes one bearer the dominant one. */
  static final double DOMINANT = 2.0 / 3.0;

  /** Full-name mentions an outlet and month need before their own dominant bearer counts. */
  static final int MIN_LOCAL = 3;

  static final String MODEL_PREFIX = "ent:";

  // Working columns, dropped before the mentions are returned.
  private static final String KEY = "_key";
  private static final String WINDOW = "_window";
  private static final String TYPE = "_majority_type";
  private static final String TO = "_to";
  private static final String WORD = "_word";
  private static final String PERSON = "_person";
  private static final String LAST = "_last";
  private static final String FIRST = "_first";
  private static final String GENDER = "_gender";
  private static final String HGENDER = "_honorific_gender";
  private static final String HEAD = "_head";
  private static final String ROLES = "_roles";
  private static final String N_FULL = "_n_full";
  private static final String N_LOCAL = "_n_local";
  private static final String KIND = "_kind";
  private static final String VIA_FIRST = "_via_first";
  private static final String AMBIGUOUS_OUT = "_ambiguous";
  private static final String MAY_BE_FIRST = "_may_be_first";
  private static final String DECIDED = "_decided";

  private CorpusResolver() {}

  private static final UserDefinedFunction NAME_KEY =
      udf((UDF1<String, String>) NameKeys::key, DataTypes.StringType);
  private static final UserDefinedFunction ENTITY_ID =
      udf((UDF1<String, String>) NameKeys::entityId, DataTypes.StringType);
  private static final UserDefinedFunction SINGLE_NAME =
      udf(
          (UDF1<String, Boolean>) k -> k != null && !k.isEmpty() && NameKeys.singleName(k),
          DataTypes.BooleanType);
  private static final UserDefinedFunction LAST_WORD =
      udf((UDF1<String, String>) NameKeys::lastWord, DataTypes.StringType);
  private static final UserDefinedFunction FIRST_WORD =
      udf((UDF1<String, String>) NameKeys::firstWord, DataTypes.StringType);
  private static final UserDefinedFunction GENDER_OF =
      udf((UDF1<String, String>) n -> GivenNames.gender(n).name(), DataTypes.StringType);
  private static final UserDefinedFunction IS_GIVEN_NAME =
      udf((UDF1<String, Boolean>) GivenNames::isGivenName, DataTypes.BooleanType);
  private static final UserDefinedFunction HONORIFIC_GENDER =
      udf(
          (UDF1<String, String>)
              h -> {
                var g = Honorifics.gender(h);
                return g.male() ? "M" : g.female() ? "F" : null;
              },
          DataTypes.StringType);
  private static final UserDefinedFunction ACRONYM =
      udf((UDF1<String, Boolean>) AliasTarget::isAcronym, DataTypes.BooleanType);

  /**
   * Proper suffixes of a multi-word model id that are themselves ids
   * ("ent:al-wefaq-fayez-al-sarraj" gives "ent:fayez-al-sarraj", "ent:al-sarraj", "ent:sarraj").
   */
  private static final UserDefinedFunction SUFFIX_IDS =
      udf(
          (UDF1<String, List<String>>)
              id -> {
                String[] words = id.substring(MODEL_PREFIX.length()).split("-");
                List<String> out = new ArrayList<>();
                for (int i = 1; i < words.length; i++) {
                  String[] rest = Arrays.copyOfRange(words, i, words.length);
                  out.add(MODEL_PREFIX + String.join("-", rest));
                }
                return out;
              },
          DataTypes.createArrayType(DataTypes.StringType));

  private static final UserDefinedFunction SINGLE_ID =
      udf(
          (UDF1<String, Boolean>)
              id -> NameKeys.singleName(id.substring(id.indexOf(':') + 1).replace('-', ' ')),
          DataTypes.BooleanType);

  /**
   * The mentions with corpus-wide resolution applied. {@code mentions} has the mentions table's
   * columns and may carry the document's {@code published} (for the month window); extra columns
   * pass through.
   */
  /** The resolved mentions, and the steps' caches to release once they are written. */
  public record Result(Dataset<Row> mentions, List<Dataset<Row>> cached) {
    public void release() {
      cached.forEach(Dataset::unpersist);
    }
  }

  public static Result apply(Dataset<Row> mentions) {
    List<String> columns = Arrays.asList(mentions.columns());
    Column published =
        columns.contains(DocumentsTable.PUBLISHED)
            ? nullif(regexp_extract(col(DocumentsTable.PUBLISHED), "^(\\d{4}-\\d{2})", 1), lit(""))
            : lit(null).cast(DataTypes.StringType);
    Dataset<Row> m =
        mentions
            .withColumn(KEY, NAME_KEY.apply(col(MentionsTable.SURFACE)))
            .withColumn(WINDOW, published);
    // Each step reads the mentions several times (persons, lone names, counts): cached and
    // re-rooted between steps (SparkPlans.fresh), every read starts from the step before instead
    // of recomputing all of them, and a lost executor's part is recomputed, not fatal.
    List<Dataset<Row>> cached = new java.util.ArrayList<>();
    m = mergeSpansEndingWithAPerson(keep(cached, SparkPlans.fresh(m)));
    m = bareNames(keep(cached, SparkPlans.fresh(m)));
    m = acronyms(keep(cached, SparkPlans.fresh(m)));
    return new Result(m.drop(KEY, WINDOW), cached);
  }

  private static Dataset<Row> keep(List<Dataset<Row>> cached, Dataset<Row> df) {
    cached.add(df);
    return df;
  }

  private static Column isModel() {
    return col(Cols.ENTITY_ID).startsWith(MODEL_PREFIX);
  }

  /** Per model id, the most frequent mention type (ties to the greatest). */
  private static Dataset<Row> majorityTypes(Dataset<Row> m) {
    return m.filter(isModel())
        .groupBy(col(Cols.ENTITY_ID), col(MentionsTable.MENTION_TYPE))
        .agg(count("*").as("n"))
        .groupBy(col(Cols.ENTITY_ID))
        .agg(
            max_by(
                    col(MentionsTable.MENTION_TYPE),
                    struct(col("n"), col(MentionsTable.MENTION_TYPE)))
                .as(TYPE));
  }

  /** Step 1: a model person id ending with exactly one other person's id becomes that person. */
  static Dataset<Row> mergeSpansEndingWithAPerson(Dataset<Row> m) {
    Dataset<Row> persons =
        majorityTypes(m)
            .filter(col(TYPE).equalTo(EntityType.PERSON.name()))
            .filter(not(SINGLE_ID.apply(col(Cols.ENTITY_ID))))
            .select(col(Cols.ENTITY_ID));
    Dataset<Row> merges =
        persons
            .select(col(Cols.ENTITY_ID), explode(SUFFIX_IDS.apply(col(Cols.ENTITY_ID))).as(TO))
            .join(persons.withColumnRenamed(Cols.ENTITY_ID, TO), TO)
            .groupBy(col(Cols.ENTITY_ID))
            .agg(countDistinct(col(TO)).as("n"), max(col(TO)).as(TO))
            .filter(col("n").equalTo(1))
            .select(col(Cols.ENTITY_ID), col(TO));
    return remap(m, merges);
  }

  /** Replaces ids by the mapping's {@code _to}; a null {@code _to} drops the mention. */
  private static Dataset<Row> remap(Dataset<Row> m, Dataset<Row> mapping) {
    return m.join(mapping, new String[] {Cols.ENTITY_ID}, "left")
        .withColumn(Cols.ENTITY_ID, coalesce(col(TO), col(Cols.ENTITY_ID)))
        .drop(TO);
  }

  /** Step 2: lone surnames and first names, by the evidence the corpus holds. */
  static Dataset<Row> bareNames(Dataset<Row> m) {
    // Full names of persons, with the outlet, month and role written before each.
    Dataset<Row> full =
        m.filter(col(MentionsTable.MENTION_TYPE).equalTo(EntityType.PERSON.name()))
            .filter(col(KEY).isNotNull().and(not(SINGLE_NAME.apply(col(KEY)))))
            .filter(
                col(MentionsTable.MATCH_KIND)
                    .isin(AliasTarget.NAME, AliasTarget.ALIAS, ResolvedMention.MODEL))
            .select(
                col(Cols.ENTITY_ID).as(PERSON),
                LAST_WORD.apply(col(KEY)).as(LAST),
                FIRST_WORD.apply(col(KEY)).as(FIRST),
                col(Cols.SOURCE),
                col(WINDOW),
                head(col(MentionsTable.DESCRIPTOR)).as(HEAD));
    Dataset<Row> commonestFirst =
        full.groupBy(col(PERSON), col(FIRST))
            .agg(count("*").as("n"))
            .groupBy(col(PERSON))
            .agg(max_by(col(FIRST), struct(col("n"), col(FIRST))).as(FIRST));
    Dataset<Row> personStats =
        full.groupBy(col(PERSON))
            .agg(count("*").as(N_FULL), collect_set(col(HEAD)).as(ROLES))
            .join(commonestFirst, PERSON)
            .withColumn(GENDER, GENDER_OF.apply(col(FIRST)))
            .drop(FIRST);
    Dataset<Row> lasts = full.select(col(PERSON), col(LAST)).distinct();
    Dataset<Row> firsts = full.select(col(PERSON), col(FIRST)).distinct();
    Dataset<Row> local =
        full.filter(col(WINDOW).isNotNull())
            .groupBy(col(PERSON), col(Cols.SOURCE), col(WINDOW))
            .agg(count("*").as(N_LOCAL));

    // Words the corpus mostly reads as a person when written alone ("Haftar", even where one
    // sentence tagged it a place), counting those its documents already joined to a person.
    Dataset<Row> personWords =
        m.filter(SINGLE_NAME.apply(col(KEY)))
            .groupBy(LAST_WORD.apply(col(KEY)).as(WORD))
            .agg(
                sum(when(col(MentionsTable.MENTION_TYPE).equalTo(EntityType.PERSON.name()), 1)
                        .otherwise(0))
                    .as("_as_person"),
                count("*").as("_alone"))
            .filter(col("_as_person").multiply(2).gt(col("_alone")))
            .select(col(WORD), lit(true).as("_person_like"));
    Dataset<Row> bare =
        m.filter(col(MentionsTable.MATCH_KIND).equalTo(ResolvedMention.MODEL))
            .filter(SINGLE_NAME.apply(col(KEY)))
            .filter(not(ACRONYM.apply(col(MentionsTable.SURFACE))))
            .withColumn(WORD, LAST_WORD.apply(col(KEY)))
            .join(personWords, new String[] {WORD}, "left")
            // A person by its tag or its honorific; a word of another type when the corpus reads
            // it alone as a person and it is written as one word ("Williams Cos" is a company).
            .filter(
                col(MentionsTable.MENTION_TYPE)
                    .equalTo(EntityType.PERSON.name())
                    .or(col(MentionsTable.HONORIFIC).isNotNull())
                    .or(col("_person_like").isNotNull().and(oneWord())))
            .select(
                col(Cols.DOC_ID),
                col(MentionsTable.MENTION_IDX),
                col(Cols.SOURCE),
                col(WINDOW),
                col(WORD),
                HONORIFIC_GENDER.apply(col(MentionsTable.HONORIFIC)).as(HGENDER),
                head(col(MentionsTable.DESCRIPTOR)).as(HEAD),
                col(MentionsTable.MENTION_TYPE)
                    .equalTo(EntityType.PERSON.name())
                    .and(col(MentionsTable.HONORIFIC).isNull())
                    .and(oneWord())
                    .as(MAY_BE_FIRST));

    // A mention's decision depends only on its evidence (outlet, month, word, honorific's sex,
    // role, whether it may be a first name), so it is taken once per distinct evidence and joined
    // back to the mentions: weighing every bearer of a surname for every mention that writes it
    // would grow as mentions x bearers, and bearers of a common surname grow with the corpus.
    String[] evidenceColumns = {Cols.SOURCE, WINDOW, WORD, HGENDER, HEAD, MAY_BE_FIRST};
    Column[] byEvidence = Arrays.stream(evidenceColumns).map(c -> col(c)).toArray(Column[]::new);
    Dataset<Row> evidence = bare.select(byEvidence).distinct();

    // Candidates: bearers of the surname; bearers of the first name only where no surname fits.
    Dataset<Row> bySurname =
        evidence
            .join(lasts, evidence.col(WORD).equalTo(lasts.col(LAST)))
            .drop(LAST)
            .join(personStats, PERSON)
            .withColumn(VIA_FIRST, lit(false));
    Dataset<Row> mayBeFirst =
        evidence.filter(col(MAY_BE_FIRST).and(IS_GIVEN_NAME.apply(col(WORD))));
    Dataset<Row> byFirstName =
        mayBeFirst
            .join(firsts, mayBeFirst.col(WORD).equalTo(firsts.col(FIRST)))
            .drop(FIRST)
            .join(personStats, PERSON)
            .withColumn(VIA_FIRST, lit(true));
    WindowSpec perMention = Window.partitionBy(byEvidence);
    Dataset<Row> candidates =
        bySurname
            .select(cols(evidence, PERSON, N_FULL, GENDER, ROLES, VIA_FIRST))
            .unionByName(
                byFirstName.select(cols(evidence, PERSON, N_FULL, GENDER, ROLES, VIA_FIRST)))
            .withColumn("_any_surname", max(not(col(VIA_FIRST))).over(perMention))
            .filter(not(col(VIA_FIRST)).or(not(col("_any_surname"))))
            // The honorific's sex against the bearer's given name.
            .filter(
                not(
                    coalesce(
                        col(HGENDER)
                            .equalTo("M")
                            .and(col(GENDER).equalTo(GivenNames.Gender.FEMALE.name()))
                            .or(
                                col(HGENDER)
                                    .equalTo("F")
                                    .and(col(GENDER).equalTo(GivenNames.Gender.MALE.name()))),
                        lit(false))))
            // The role written before the name, where some bearer was given it.
            .withColumn(
                "_has_role",
                col(HEAD)
                    .isNotNull()
                    .and(coalesce(array_contains(col(ROLES), col(HEAD)), lit(false))))
            .withColumn("_any_role", max(col("_has_role")).over(perMention))
            .filter(col("_has_role").or(not(col("_any_role"))))
            .join(local, new String[] {PERSON, Cols.SOURCE, WINDOW}, "left")
            .withColumn(N_LOCAL, coalesce(col(N_LOCAL), lit(0L)));
    Dataset<Row> decided =
        candidates
            .groupBy(byEvidence)
            .agg(
                count("*").as("_n"),
                sum(col(N_LOCAL)).as("_local_total"),
                max_by(col(PERSON), struct(col(N_LOCAL), col(PERSON))).as("_local_best"),
                max(col(N_LOCAL)).as("_local_max"),
                sum(col(N_FULL)).as("_total"),
                max_by(col(PERSON), struct(col(N_FULL), col(PERSON))).as("_best"),
                max(col(N_FULL)).as("_max"),
                max_by(col(VIA_FIRST), struct(col(N_FULL), col(PERSON))).as(KIND))
            .withColumn(
                TO,
                when(col("_n").equalTo(1), col("_best"))
                    .when(
                        col("_local_total")
                            .geq(MIN_LOCAL)
                            .and(col("_local_max").geq(col("_local_total").multiply(DOMINANT))),
                        col("_local_best"))
                    .when(col("_max").geq(col("_total").multiply(DOMINANT)), col("_best")))
            .select(
                col(Cols.SOURCE).as(DECIDED + Cols.SOURCE),
                col(WINDOW).as(DECIDED + WINDOW),
                col(WORD).as(DECIDED + WORD),
                col(HGENDER).as(DECIDED + HGENDER),
                col(HEAD).as(DECIDED + HEAD),
                col(MAY_BE_FIRST).as(DECIDED + MAY_BE_FIRST),
                col(TO),
                when(col(KIND), lit(DocumentResolver.FIRST_NAME))
                    .otherwise(lit(AliasTarget.SURNAME))
                    .as(KIND),
                col(TO).isNull().as(AMBIGUOUS_OUT));
    // Month, honorific and role are often null: null-safe equality, a null matches a null.
    // (The decided side's columns are renamed: both sides descend from the same mentions.)
    Column sameEvidence = lit(true);
    for (String c : evidenceColumns) {
      sameEvidence = sameEvidence.and(col(c).eqNullSafe(col(DECIDED + c)));
    }
    Dataset<Row> perMentionDecision =
        bare.join(decided, sameEvidence)
            .select(
                col(Cols.DOC_ID),
                col(MentionsTable.MENTION_IDX),
                col(TO),
                col(KIND),
                col(AMBIGUOUS_OUT));
    return m.join(perMentionDecision, new String[] {Cols.DOC_ID, MentionsTable.MENTION_IDX}, "left")
        .withColumn(
            MentionsTable.MENTION_TYPE,
            when(col(TO).isNotNull(), lit(EntityType.PERSON.name()))
                .otherwise(col(MentionsTable.MENTION_TYPE)))
        .withColumn(
            MentionsTable.MATCH_KIND,
            when(col(TO).isNotNull(), col(KIND)).otherwise(col(MentionsTable.MATCH_KIND)))
        .withColumn(
            MentionsTable.AMBIGUOUS,
            coalesce(col(MentionsTable.AMBIGUOUS), lit(false))
                .or(coalesce(col(AMBIGUOUS_OUT), lit(false))))
        .withColumn(Cols.ENTITY_ID, coalesce(col(TO), col(Cols.ENTITY_ID)))
        .drop(TO, KIND, AMBIGUOUS_OUT);
  }

  /** The surface is one word as written: no legal form or other word the key set aside. */
  private static Column oneWord() {
    return not(col(MentionsTable.SURFACE).rlike("\\s"));
  }

  private static Column[] cols(Dataset<Row> bare, String... more) {
    List<Column> out = new ArrayList<>();
    for (String c : bare.columns()) {
      out.add(col(c));
    }
    for (String c : more) {
      out.add(col(c));
    }
    return out.toArray(Column[]::new);
  }

  /** The role word next to a name in a descriptor ("minister"), or null. */
  private static Column head(Column descriptor) {
    return nullif(
        lower(regexp_replace(regexp_extract(descriptor, "(\\S+)$", 1), "\\.", "")), lit(""));
  }

  /** Step 3: bare acronyms join the entity the corpus's definitions agree on. */
  static Dataset<Row> acronyms(Dataset<Row> m) {
    Dataset<Row> definitions =
        m.filter(col(MentionsTable.MATCH_KIND).equalTo(Acronyms.ACRONYM))
            .groupBy(ENTITY_ID.apply(col(KEY)).as(Cols.ENTITY_ID))
            .agg(
                collect_set(col(Cols.ENTITY_ID)).as("_defined_as"),
                countDistinct(col(Cols.DOC_ID)).as("_defining_docs"));
    Dataset<Row> bare =
        m.filter(col(MentionsTable.MATCH_KIND).equalTo(ResolvedMention.MODEL))
            .groupBy(col(Cols.ENTITY_ID))
            .agg(countDistinct(col(Cols.DOC_ID)).as("_bare_docs"));
    Dataset<Row> merges =
        definitions
            .join(bare, Cols.ENTITY_ID)
            .filter(size(col("_defined_as")).equalTo(1))
            .filter(col("_defining_docs").geq(col("_bare_docs")))
            .withColumn(TO, element_at(col("_defined_as"), 1))
            .filter(col(TO).notEqual(col(Cols.ENTITY_ID)))
            .select(col(Cols.ENTITY_ID), col(TO));
    return remap(m, merges);
  }
}
