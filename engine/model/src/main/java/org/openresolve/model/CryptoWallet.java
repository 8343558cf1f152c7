package org.openresolve.model;

import static java.util.Objects.requireNonNull;

/**
 * A cryptocurrency wallet.
 *
 * @param chain upper-case chain code (BTC, ETH, XMR...)
 * @param address the address; case is kept because some chains' addresses are case-sensitive
 */
public record CryptoWallet(String chain, String address) {
  public CryptoWallet {
    requireNonNull(chain, "chain is null");
    requireNonNull(address, "address is null");
  }
}
