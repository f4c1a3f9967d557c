package org.wirelens.report;

import java.util.Map;

/** What the run read and wrote, and whether every input record is accounted for. */
public record RunCounts(
    long inputRecords,
    long documents,
    long rejects,
    Map<String, Long> warnings,
    Map<String, Long> rejectsByReason,
    Map<String, Long> rows) {

  public boolean reconciled() {
    return inputRecords == documents + rejects;
  }
}
