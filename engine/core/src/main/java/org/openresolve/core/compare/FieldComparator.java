package org.openresolve.core.compare;

import java.io.Serializable;

/** Compares one field of two records; an implementation per kind of field value. */
interface FieldComparator extends Serializable {
  Outcome compare(MatchView a, MatchView b);
}
