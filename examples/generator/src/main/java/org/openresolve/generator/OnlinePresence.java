package org.openresolve.generator;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A person's life online: the handle they favour, their accounts (mostly under that same handle,
 * which is what links captures across platforms), personal websites and crypto wallets.
 */
record OnlinePresence(
    String handle, List<Account> accounts, List<String> websites, List<Wallet> wallets) {
  static final OnlinePresence NONE = new OnlinePresence("", List.of(), List.of(), List.of());

  OnlinePresence {
    requireNonNull(handle, "handle is null");
    accounts = List.copyOf(accounts);
    websites = List.copyOf(websites);
    wallets = List.copyOf(wallets);
  }

  boolean isPresent() {
    return !accounts.isEmpty();
  }
}
