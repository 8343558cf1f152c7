package org.openresolve.core.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinkTreeTest {
  @Test
  void keepsTheStrongestLinksThatConnectTheEntityAndLaysThemOutFromTheSmallestKey() {
    var links =
        List.of(
            new LinkTree.Link("a:1", "b:1", 20),
            new LinkTree.Link("b:1", "c:1", 15),
            new LinkTree.Link("a:1", "c:1", 5));

    var tree = LinkTree.of(List.of("c:1", "b:1", "a:1"), links);

    assertThat(tree)
        .extracting(LinkTree.Node::record, LinkTree.Node::depth)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a:1", 0),
            org.assertj.core.groups.Tuple.tuple("b:1", 1),
            org.assertj.core.groups.Tuple.tuple("c:1", 2));
    assertThat(tree.get(2).via().weight()).isEqualTo(15);
  }

  @Test
  void showsRecordsWithoutLinksAsTheirOwnRoots() {
    var tree = LinkTree.of(List.of("a:1", "z:9"), List.of());

    assertThat(tree).extracting(LinkTree.Node::record).containsExactly("a:1", "z:9");
    assertThat(tree).allSatisfy(n -> assertThat(n.via()).isNull());
  }
}
