package org.wirelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wirelens.WirelensJob;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;

/**
 * Every way jobs/ shows to launch the job: the config files parse, and every example names the
 * job's class and jar and passes only options the job has.
 */
class LaunchExamplesTest {
  private static final Path JOBS = Path.of("jobs");
  private static final String MAIN = WirelensJob.class.getName();
  private static final Pattern JOB_JAR = Pattern.compile("wirelens-[0-9][^/]*-job\\.jar$");

  /** Parses job arguments as the job does; fails on an unknown option or a bad value. */
  private static JobOptions parse(List<String> args) {
    JobOptions options = new JobOptions();
    CommandLine cli = new CommandLine(options);
    cli.setOverwrittenOptionsAllowed(true);
    cli.parseArgs(args.toArray(String[]::new));
    assertEquals(null, options.validate(), args.toString());
    return options;
  }

  /** The job options a config file sets, as arguments. */
  private static List<String> configArgs(Path file) throws IOException {
    List<String> args = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      String l = line.replaceAll("#.*", "").strip();
      if (l.isEmpty()) {
        continue;
      }
      Matcher m = Pattern.compile("([A-Za-z0-9_.-]+)\\s*=\\s*(.*)").matcher(l);
      assertTrue(m.matches(), file + ": " + line);
      String key = m.group(1);
      assertTrue(key.startsWith("spark.") || key.startsWith("wirelens."), file + ": " + key);
      assertFalse(m.group(2).isEmpty(), file + ": " + key + " has no value");
      if (key.startsWith("wirelens.")) {
        args.add("--" + key.substring("wirelens.".length()));
        args.add(m.group(2));
      }
    }
    return args;
  }

  @Test
  void configFilesSetOnlySparkSettingsAndJobOptions() throws IOException {
    try (Stream<Path> files = Files.list(JOBS.resolve("conf"))) {
      List<Path> confs = files.filter(f -> f.toString().endsWith(".conf")).sorted().toList();
      assertEquals(2, confs.size(), confs.toString());
      for (Path f : confs) {
        JobOptions o = parse(configArgs(f));
        assertFalse(o.input.isEmpty(), f.toString());
      }
    }
  }

  @Test
  void submitScriptBuildsTheSparkSubmitCommandFromTheConfig()
      throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(
                "jobs/submit.sh",
                "--config",
                "jobs/conf/cluster.conf",
                "--conf",
                "spark.master=local[2]",
                "--dry-run",
                "--",
                "--top",
                "3")
            .redirectErrorStream(true)
            .start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    String cmd = new String(p.getInputStream().readAllBytes()).strip();
    assertEquals(0, p.exitValue(), cmd);
    assertTrue(cmd.contains("--class " + MAIN), cmd);
    assertTrue(cmd.contains("--conf spark.sql.shuffle.partitions=64"), cmd);
    // The override comes after the file's master, so spark-submit keeps it.
    assertTrue(
        cmd.indexOf("spark.master=local\\[2\\]") > cmd.indexOf("spark.master=spark://"), cmd);
    String[] parts = cmd.split(" ");
    int jarAt = -1;
    for (int i = 0; i < parts.length; i++) {
      if (JOB_JAR.matcher(parts[i]).find()) {
        jarAt = i;
      }
    }
    assertTrue(jarAt > 0, cmd);
    List<String> jobArgs = List.of(parts).subList(jarAt + 1, parts.length);
    assertEquals(3, parse(jobArgs).top);
  }

  @Test
  void cronEntrySubmitsWithARealConfigAndValidOptions() throws IOException {
    List<String> entries =
        Files.readAllLines(JOBS.resolve("examples/crontab")).stream()
            .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.matches("^[A-Z_]+=.*"))
            .toList();
    assertEquals(1, entries.size(), entries.toString());
    String[] f = entries.get(0).split("\\s+", 6);
    assertTrue(f[0].matches("\\d+") && f[1].matches("\\d+"), "minute and hour: " + entries);
    String command = f[5];
    Matcher m = Pattern.compile("jobs/submit\\.sh --config (\\S+) -- (.*?) >>").matcher(command);
    assertTrue(m.find(), command);
    assertTrue(Files.isRegularFile(Path.of(m.group(1))), m.group(1));
    // A command substitution, $(date +%F), is one word to the shell.
    parse(List.of(m.group(2).replaceAll("\\$\\([^)]*\\)", "SUBST").split(" ")));
  }

  @Test
  void airflowDagIsPythonAndSubmitsTheJobJarsClass() throws IOException, InterruptedException {
    Path dag = JOBS.resolve("examples/airflow_dag.py");
    Process p =
        new ProcessBuilder(
                "python3",
                "-c",
                "import ast,sys; ast.parse(open(sys.argv[1]).read(), sys.argv[1])",
                dag.toString())
            .redirectErrorStream(true)
            .start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes()));
    String src = Files.readString(dag);
    assertTrue(src.contains("SparkSubmitOperator("), src);
    assertTrue(src.contains("java_class=\"" + MAIN + "\""), src);
    Matcher jar = Pattern.compile("JOB_JAR = \"([^\"]+)\"").matcher(src);
    assertTrue(jar.find() && JOB_JAR.matcher(jar.group(1)).find(), src);
    Matcher args = Pattern.compile("application_args=\\[(.*?)\\]", Pattern.DOTALL).matcher(src);
    assertTrue(args.find(), src);
    List<String> list = new ArrayList<>();
    Matcher s = Pattern.compile("\"([^\"]*)\"").matcher(args.group(1));
    while (s.find()) {
      // Airflow renders {{ ds }} as the run's date before the operator runs.
      list.add(s.group(1).replace("{{ ds }}", "2026-01-01"));
    }
    parse(list);
  }

  @Test
  @SuppressWarnings("unchecked")
  void kubernetesManifestRunsTheJobClassWithValidArguments() throws IOException {
    Map<String, Object> doc;
    try (var in = Files.newBufferedReader(JOBS.resolve("examples/spark-application.yaml"))) {
      doc = new Yaml().load(in);
    }
    assertEquals("sparkoperator.k8s.io/v1beta2", doc.get("apiVersion"));
    Map<String, Object> spec = (Map<String, Object>) doc.get("spec");
    Map<String, Object> app = (Map<String, Object>) spec.get("template");
    assertEquals(MAIN, app.get("mainClass"));
    assertEquals("Java", app.get("type"));
    assertTrue(((String) app.get("mainApplicationFile")).endsWith(".jar"));
    assertEquals("3.5.3", app.get("sparkVersion"));
    parse((List<String>) app.get("arguments"));
  }
}
