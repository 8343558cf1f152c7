package org.openresolve.core.codec;

import org.openresolve.core.compare.MatchView;

/**
 * The compact binary form of {@link MatchView} that engines carry through their shuffles: a {@link
 * RecordCodec}, so it follows the view's components as they change. About a fifth of the bytes of
 * Java serialisation, and decoded without a stream of class descriptors.
 */
public final class MatchViewCodec {
  private static final RecordCodec<MatchView> CODEC = RecordCodec.of(MatchView.class);

  private MatchViewCodec() {}

  public static byte[] encode(MatchView view) {
    return CODEC.encode(view);
  }

  public static MatchView decode(byte[] bytes) {
    return CODEC.decode(bytes);
  }
}
