package org.wirelens.quotes;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * One document as the quote extractor reads it: the stored text, its sentence spans and its
 * resolved entity mentions (offsets are UTF-16 offsets into {@code text}, ends exclusive).
 *
 * @param text the document text ({@code documents.text})
 * @param sentences sentence spans in text order (the NLP stage's sentences)
 * @param mentions resolved entity mentions, kept in text order (begin, end, then the other fields)
 */
public record QuoteInput(String text, List<Span> sentences, List<Mention> mentions)
    implements Serializable {

  public QuoteInput {
    sentences = List.copyOf(sentences);
    // Text order whatever order the caller collected them in (Spark's collect_list gives shuffle
    // order, which changed 25 of 81,688 quotations' speakers between two runs of the generated 10k
    // corpus): the extractor and the gender evidence walk the mentions beside the sentences.
    mentions =
        mentions.stream()
            .sorted(
                Comparator.comparingInt(Mention::begin)
                    .thenComparingInt(Mention::end)
                    .thenComparing(
                        Mention::entityId, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(Mention::type, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(
                        Mention::descriptor, Comparator.nullsFirst(Comparator.naturalOrder())))
            .toList();
  }

  /** A span of the text. */
  public record Span(int begin, int end) implements Serializable {}

  /**
   * A resolved mention.
   *
   * @param entityId the entity it names ({@code entities.entity_id})
   * @param type {@code PERSON}, {@code ORG}, {@code GPE}, {@code LOC} or {@code NORP}
   * @param gender the caller's hint for a person (UNKNOWN when there is none or for other types)
   * @param descriptor the title written before a person's name ("Foreign Minister"), or null
   */
  public record Mention(
      int begin, int end, String entityId, String type, Gender gender, String descriptor)
      implements Serializable {

    public boolean isPerson() {
      return "PERSON".equals(type);
    }

    /** Organisations and states speak too ("Russia said", "the ministry said"). */
    public boolean isOrganisation() {
      return "ORG".equals(type) || "GPE".equals(type);
    }
  }
}
