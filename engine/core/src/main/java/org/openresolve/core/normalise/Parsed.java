package org.openresolve.core.normalise;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;
import org.openresolve.model.FieldIssueReason;

/**
 * The result of normalising one value: the normalised value, or the reason it cannot be used for
 * matching. Normalisers return this instead of throwing, since bad values are expected in exports.
 */
public sealed interface Parsed<T> {
  static <T> Parsed<T> ok(T value) {
    return new Ok<>(value);
  }

  static <T> Parsed<T> bad(FieldIssueReason reason, String detail) {
    return new Bad<>(reason, detail);
  }

  boolean isOk();

  /** The value, or null when bad. */
  T orNull();

  <U> Parsed<U> map(Function<T, U> f);

  record Ok<T>(T value) implements Parsed<T> {
    public Ok {
      requireNonNull(value, "value is null");
    }

    @Override
    public boolean isOk() {
      return true;
    }

    @Override
    public T orNull() {
      return value;
    }

    @Override
    public <U> Parsed<U> map(Function<T, U> f) {
      return new Ok<>(f.apply(value));
    }
  }

  record Bad<T>(FieldIssueReason reason, String detail) implements Parsed<T> {
    public Bad {
      requireNonNull(reason, "reason is null");
      requireNonNull(detail, "detail is null");
    }

    @Override
    public boolean isOk() {
      return false;
    }

    @Override
    public T orNull() {
      return null;
    }

    @Override
    public <U> Parsed<U> map(Function<T, U> f) {
      return new Bad<>(reason, detail);
    }
  }
}
