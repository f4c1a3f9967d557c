package org.wirelens.entities;

import java.io.Serializable;
import java.util.List;

/**
 * One catalog row: a canonical entity with the names outlets use for it, and the entity it is part
 * of (optional column {@code part_of}: a US state's country), which tells an ambiguous name's
 * senses apart by the other places an article names.
 */
public record CatalogEntry(
    String id,
    String name,
    EntityType type,
    List<String> aliases,
    List<String> demonyms,
    String partOf)
    implements Serializable {
  /** An entry that is part of nothing larger the catalog knows. */
  public CatalogEntry(
      String id, String name, EntityType type, List<String> aliases, List<String> demonyms) {
    this(id, name, type, aliases, demonyms, null);
  }
}
