package org.wirelens.report;

import java.util.List;
import java.util.Map;

/** What the run read and wrote, and whether every input record is accounted for. */
public record RunCounts(
    long inputRecords,
    long documents,
    long rejects,
    Map<String, Long> warnings,
    Map<String, Long> rejectsByReason,
    Map<String, Long> rows,
    List<String> batches) {

  public boolean reconciled() {
    return inputRecords == documents + rejects;
  }
}
