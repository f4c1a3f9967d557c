package org.wirelens.clean;

/** A line taken out of a document's raw text: 1-based line number, its text, why, which rule. */
public record RemovedLine(int lineNo, String text, String reason, String rule) {}
