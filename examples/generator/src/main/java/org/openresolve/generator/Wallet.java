package org.openresolve.generator;

import static java.util.Objects.requireNonNull;

/** A crypto wallet: chain ({@code BTC}, {@code ETH}) and address. */
record Wallet(String chain, String address) {
  Wallet {
    requireNonNull(chain, "chain is null");
    requireNonNull(address, "address is null");
  }
}
