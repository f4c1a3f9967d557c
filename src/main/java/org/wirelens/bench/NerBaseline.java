package org.wirelens.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.wirelens.entities.CoreNlpNer;

/**
 * Stanford CoreNLP's CRF NER alone, as the job loads it, over JSON Lines ({@code id}, {@code
 * text}): one output line per labelled span ({@code id}, {@code begin}, {@code end}, {@code
 * surface}, {@code label}). The baseline {@code jobs/conll_score.py} compares the job with.
 *
 * <pre>java -cp ... org.wirelens.bench.NerBaseline IN.jsonl OUT.jsonl</pre>
 */
public final class NerBaseline {
  private NerBaseline() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: NerBaseline IN.jsonl OUT.jsonl");
      System.exit(2);
    }
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
        BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode doc = json.readTree(line);
        String id = doc.get("id").asText();
        String text = doc.get("text").asText();
        for (CoreNlpNer.Span s : CoreNlpNer.find(text)) {
          ObjectNode o = json.createObjectNode();
          o.put("id", id);
          o.put("begin", s.begin());
          o.put("end", s.end());
          o.put("surface", text.substring(s.begin(), s.end()));
          o.put("label", s.label());
          out.write(json.writeValueAsString(o));
          out.newLine();
        }
      }
    }
  }
}
