package org.openresolve.spark.explain;

import java.util.List;

/**
 * How an entity was formed: its members, the links that join them laid out as a tree (each with its
 * evidence), and links that were refused inside it, with their reasons.
 */
public record EntityExplanation(
    String entityId, List<MemberSummary> members, List<TreeLine> tree, List<String> refused) {
  public EntityExplanation {
    members = List.copyOf(members);
    tree = List.copyOf(tree);
    refused = List.copyOf(refused);
  }

  /** A record in the tree and the link attaching it to the record above (null for a root). */
  public record TreeLine(String record, int depth, LinkEvidence via) {}
}
