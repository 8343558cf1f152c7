package org.openresolve.core.rules;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;

/**
 * One blocking rule of a rule file: records sharing a key of this function become candidate pairs.
 *
 * @param label what the rule means to an analyst; written beside every pair it produced
 * @param maxBlockSize this rule's own limit on records sharing one key, in place of the rule set's;
 *     may be absent. A key made of names alone ("John Smith") needs a lower one than a key with a
 *     birth date, whose blocks stay small however common the name.
 * @param list the name list (a file beside the rule file) a key function that needs one reads;
 *     absent for the others
 * @param trainsModel whether the pairs this rule produces are a training session for the m
 *     probabilities (true when absent). A key of names alone gathers namesakes, who agree on what a
 *     name implies (sex, nationality) as true matches do: EM there takes namesakes for matches and
 *     learns that birth dates years apart are typical of a match.
 * @param skipWhen levels of comparisons that make a pair this rule alone reaches not worth
 *     comparing (namesakes born years apart, under a key of names alone); checked on those
 *     comparisons first, before the others are computed. A pair another rule also reaches is
 *     compared whatever these say. May be absent.
 * @param refineBy how a block over the size limit is split rather than skipped: the first value
 *     splits it, and a finer block still over the limit is split by the next; a block past the last
 *     is skipped and reported. May be absent: an oversize block is then skipped.
 */
public record BlockingRuleSpec(
    String id,
    String label,
    KeyFunction key,
    Integer maxBlockSize,
    String list,
    Boolean trainsModel,
    List<LevelRef> skipWhen,
    List<RefineKey> refineBy)
    implements Serializable {
  /** Finer levels than this multiply a record's keys for blocks that small limits already split. */
  public static final int MAX_REFINEMENTS = 3;

  public BlockingRuleSpec {
    skipWhen = skipWhen == null ? List.of() : List.copyOf(skipWhen);
    refineBy = refineBy == null ? List.of() : List.copyOf(refineBy);
    if (refineBy.size() > MAX_REFINEMENTS) {
      throw new IllegalArgumentException(
          "refine_by lists at most " + MAX_REFINEMENTS + " values, got " + refineBy.size());
    }
    if (new HashSet<>(refineBy).size() < refineBy.size()) {
      throw new IllegalArgumentException("refine_by names a value twice: " + refineBy);
    }
    id = Required.id(id);
    label = Required.text(label, "label");
    Required.key(key, "key");
    if (maxBlockSize != null && maxBlockSize < 2) {
      throw new IllegalArgumentException("max_block_size must be at least 2, got " + maxBlockSize);
    }
    if (key.needsList() && (list == null || list.isBlank())) {
      throw new IllegalArgumentException("key " + key + " needs a name list: add 'list: FILE'");
    }
    if (!key.needsList() && list != null) {
      throw new IllegalArgumentException("key " + key + " reads no name list; remove 'list'");
    }
  }

  public BlockingRuleSpec(String id, String label, KeyFunction key, Integer maxBlockSize) {
    this(id, label, key, maxBlockSize, null, null, null, null);
  }

  public BlockingRuleSpec(String id, String label, KeyFunction key) {
    this(id, label, key, null, null, null, null, null);
  }

  /** Whether EM learns m probabilities from this rule's pairs. */
  public boolean trains() {
    return trainsModel == null || trainsModel;
  }
}
