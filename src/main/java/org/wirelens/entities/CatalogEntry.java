package org.wirelens.entities;

import java.io.Serializable;
import java.util.List;

/** One catalog row: a canonical entity with the names outlets use for it. */
public record CatalogEntry(
    String id, String name, EntityType type, List<String> aliases, List<String> demonyms)
    implements Serializable {}
