package org.wirelens.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wirelens.quotes.QuoteInput.Mention;
import org.wirelens.quotes.QuoteInput.Span;

/**
 * Development harness: runs the pure-Java extractor over documents exported once from a job run
 * ({@code jobs/quote_eval.py export OUTPUT --to docs.jsonl}) and writes quotes as JSON Lines for
 * {@code jobs/quote_eval.py OUTPUT --quotes quotes.jsonl}, without starting Spark. Gender hints are
 * derived the way QuoteStage derives them: evidence summed over all documents, then {@link
 * GenderHints#fromText()}.
 *
 * <p>{@code java -cp target/test-classes:target/classes:... org.wirelens.quotes.QuoteHarness
 * docs.jsonl quotes.jsonl}
 */
public final class QuoteHarness {
  private QuoteHarness() {}

  /** A document as exported. */
  private record Doc(String id, String text, List<Span> sentences, List<Object[]> mentions) {}

  public static void main(String[] args) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Doc> docs = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      JsonNode n = json.readTree(line);
      List<Span> sentences = new ArrayList<>();
      for (JsonNode s : n.get("sentences")) {
        sentences.add(new Span(s.get(0).asInt(), s.get(1).asInt()));
      }
      List<Object[]> mentions = new ArrayList<>();
      for (JsonNode m : n.get("mentions")) {
        mentions.add(
            new Object[] {
              m.get(0).asInt(),
              m.get(1).asInt(),
              m.get(2).asText(),
              m.get(3).asText(),
              m.get(4).isNull() ? null : m.get(4).asText()
            });
      }
      docs.add(new Doc(n.get("doc_id").asText(), n.get("text").asText(), sentences, mentions));
    }
    Map<String, String> names = new HashMap<>();
    json.readTree(Path.of(args[0] + ".names.json").toFile())
        .fields()
        .forEachRemaining(e -> names.put(e.getKey(), e.getValue().asText()));

    Map<String, GenderEvidence.Votes> votes = new HashMap<>();
    for (Doc d : docs) {
      GenderEvidence.count(input(d, Map.of()))
          .forEach((id, v) -> votes.merge(id, v, GenderEvidence.Votes::plus));
    }
    GenderHints hints = GenderHints.fromText();
    Map<String, Gender> genders = new HashMap<>();
    votes.forEach((id, v) -> genders.put(id, hints.hint(id, names.get(id), v)));
    if (System.getenv("HARNESS_GENDERS") != null) {
      votes.forEach(
          (id, v) -> System.out.println("gender " + id + " " + v + " " + genders.get(id)));
    }
    System.out.printf(
        "gender hints: %d persons with evidence, %d male, %d female%n",
        votes.size(),
        genders.values().stream().filter(g -> g == Gender.MALE).count(),
        genders.values().stream().filter(g -> g == Gender.FEMALE).count());

    long t0 = System.nanoTime();
    int n = 0;
    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]))) {
      for (Doc d : docs) {
        List<Quote> quotes = QuoteExtractor.extract(input(d, genders));
        for (int i = 0; i < quotes.size(); i++) {
          Quote q = quotes.get(i);
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("doc_id", d.id());
          row.put("quote_idx", i);
          row.put("begin", q.begin());
          row.put("end", q.end());
          row.put("text", q.text());
          row.put("kind", q.kind().label());
          row.put("cue", q.cue());
          row.put("cue_begin", q.cueBegin());
          row.put("cue_end", q.cueEnd());
          row.put("speaker", q.speaker());
          row.put("speaker_begin", q.speakerBegin());
          row.put("speaker_end", q.speakerEnd());
          row.put("speaker_entity_id", q.speakerEntityId());
          row.put("speaker_method", q.speakerMethod().label());
          out.write(json.writeValueAsString(row));
          out.newLine();
          n++;
        }
      }
    }
    System.out.printf(
        "%d documents, %d quotes in %.2f s%n", docs.size(), n, (System.nanoTime() - t0) / 1e9);
  }

  private static QuoteInput input(Doc d, Map<String, Gender> genders) {
    List<Mention> ms = new ArrayList<>();
    for (Object[] m : d.mentions()) {
      String id = (String) m[2];
      String type = (String) m[3];
      Gender g = "PERSON".equals(type) ? genders.getOrDefault(id, Gender.UNKNOWN) : Gender.UNKNOWN;
      ms.add(new Mention((Integer) m[0], (Integer) m[1], id, type, g, (String) m[4]));
    }
    return new QuoteInput(d.text(), d.sentences(), ms);
  }
}
