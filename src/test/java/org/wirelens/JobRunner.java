package org.wirelens;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the job in-process on the test class's SparkSession and keeps what it printed. */
public record JobRunner(int exitCode, String out, String err) {

  public static JobRunner run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        WirelensJob.run(
            args, new PrintWriter(out, true), new PrintWriter(err, true), SparkTestBase.spark);
    return new JobRunner(code, out.toString(), err.toString());
  }
}
