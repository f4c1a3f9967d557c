package org.wirelens;

import java.io.PrintWriter;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.wirelens.cli.JobOptions;
import picocli.CommandLine;

/**
 * Entry point ({@code spark-submit --class org.wirelens.WirelensJob}): parses and validates the
 * options before Spark starts, runs the job, and turns user errors into one line on stderr.
 */
public final class WirelensJob {
  /** Exit code for bad options or input/output problems the user can fix. */
  public static final int EXIT_USAGE = 2;

  /** Exit code for an unexpected failure. */
  public static final int EXIT_FAILURE = 1;

  private WirelensJob() {}

  public static void main(String[] args) {
    int code =
        run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), null);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the job and returns its exit code. With a session (tests, notebooks) the job runs on it
   * and leaves it open; with null it builds its own and stops it at the end.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, SparkSession session) {
    JobOptions options = new JobOptions();
    CommandLine cli = new CommandLine(options);
    cli.setUsageHelpWidth(100);
    // The last value of a repeated option wins, so options after a config file's override it
    // (jobs/submit.sh, schedulers that append to a base command).
    cli.setOverwrittenOptionsAllowed(true);
    cli.setOut(out);
    cli.setErr(err);
    try {
      CommandLine.ParseResult parsed = cli.parseArgs(args);
      if (CommandLine.printHelpIfRequested(parsed)) {
        return 0;
      }
    } catch (CommandLine.ParameterException e) {
      err.println("wirelens: " + e.getMessage());
      err.println("Try 'wirelens --help' for the options.");
      return EXIT_USAGE;
    }
    String invalid = options.validate();
    if (invalid != null) {
      err.println("wirelens: " + invalid);
      return EXIT_USAGE;
    }
    SparkSession spark = null;
    try {
      spark = session != null ? session : session(options);
      new WirelensRun(spark, options, out).run();
      return 0;
    } catch (WirelensException e) {
      err.println("wirelens: " + e.getMessage());
      return EXIT_USAGE;
    } catch (RuntimeException e) {
      err.println(
          "wirelens: the run failed: "
              + rootMessage(e)
              + (options.verbose ? "" : " (rerun with --verbose for the stack trace)"));
      if (options.verbose) {
        e.printStackTrace(err);
      }
      return EXIT_FAILURE;
    } finally {
      if (spark != null && session == null) {
        spark.stop();
      }
    }
  }

  /** Builds the job's session; spark-submit's settings win over the option defaults. */
  static SparkSession session(JobOptions options) {
    SparkConf conf = new SparkConf().setAppName("wirelens");
    if (!conf.contains("spark.master")) {
      conf.setMaster(options.master);
    }
    if (conf.get("spark.master").startsWith("local")
        && !conf.contains("spark.sql.shuffle.partitions")) {
      // Spark's default of 200 shuffle partitions is for clusters; on a laptop it costs minutes
      // of task overhead for a small corpus. Cluster runs keep whatever --conf says.
      conf.set(
          "spark.sql.shuffle.partitions",
          Integer.toString(4 * Runtime.getRuntime().availableProcessors()));
    }
    conf.setIfMissing("spark.ui.showConsoleProgress", "true");
    return SparkSession.builder().config(conf).getOrCreate();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }
}
