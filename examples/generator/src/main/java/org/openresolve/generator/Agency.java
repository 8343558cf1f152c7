package org.openresolve.generator;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * An agency that exports criminal records.
 *
 * @param country alpha-2 code of its country, or {@code *} for an international body
 * @param code prefix of its record ids
 * @param handlingCodes the handling codes it uses, its own included (VS-NfD, DIFFUSION RESTREINTE)
 */
record Agency(String country, String code, String name, List<String> handlingCodes) {
  Agency {
    requireNonNull(country, "country is null");
    requireNonNull(code, "code is null");
    requireNonNull(name, "name is null");
    handlingCodes = List.copyOf(handlingCodes);
  }
}
