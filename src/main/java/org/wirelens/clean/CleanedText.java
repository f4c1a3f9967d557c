package org.wirelens.clean;

import java.util.List;

/** The outcome of cleaning one document: stored text, title (or null), the lines removed. */
public record CleanedText(String text, String title, List<RemovedLine> removed) {}
