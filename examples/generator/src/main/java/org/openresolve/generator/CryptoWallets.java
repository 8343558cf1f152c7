package org.openresolve.generator;

/**
 * Wallet addresses that pass format checks: native SegWit Bitcoin addresses with a real Bech32
 * checksum (BIP 173), and Ethereum addresses in lower case (valid without EIP-55 mixed case).
 */
final class CryptoWallets {
  private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  private static final int[] GENERATOR = {
    0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3
  };
  private static final String HEX = "0123456789abcdef";

  private CryptoWallets() {}

  static Wallet random(Dice dice) {
    return dice.chance(0.65) ? new Wallet("BTC", bitcoin(dice)) : new Wallet("ETH", ethereum(dice));
  }

  /**
   * A P2WPKH address: witness version 0 and a 20-byte program, {@code bc1q} and 38 more characters.
   */
  static String bitcoin(Dice dice) {
    int[] data = new int[33];
    data[0] = 0;
    // 20 random bytes are 160 bits: exactly 32 five-bit groups.
    for (int i = 1; i < 33; i++) {
      data[i] = dice.below(32);
    }
    String hrp = "bc";
    int[] values = new int[hrp.length() * 2 + 1 + data.length + 6];
    int k = 0;
    for (int i = 0; i < hrp.length(); i++) {
      values[k++] = hrp.charAt(i) >> 5;
    }
    values[k++] = 0;
    for (int i = 0; i < hrp.length(); i++) {
      values[k++] = hrp.charAt(i) & 31;
    }
    for (int d : data) {
      values[k++] = d;
    }
    int mod = polymod(values) ^ 1;
    StringBuilder out = new StringBuilder(hrp).append('1');
    for (int d : data) {
      out.append(BECH32.charAt(d));
    }
    for (int i = 0; i < 6; i++) {
      out.append(BECH32.charAt((mod >>> (5 * (5 - i))) & 31));
    }
    return out.toString();
  }

  static String ethereum(Dice dice) {
    StringBuilder out = new StringBuilder("0x");
    for (int i = 0; i < 40; i++) {
      out.append(HEX.charAt(dice.below(16)));
    }
    return out.toString();
  }

  private static int polymod(int[] values) {
    int check = 1;
    for (int v : values) {
      int top = check >>> 25;
      check = ((check & 0x1ffffff) << 5) ^ v;
      for (int i = 0; i < 5; i++) {
        if (((top >>> i) & 1) != 0) {
          check ^= GENERATOR[i];
        }
      }
    }
    return check;
  }
}
