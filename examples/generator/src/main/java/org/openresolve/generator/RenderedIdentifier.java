package org.openresolve.generator;

/**
 * An identifier as a record writes it. CSV joins it as {@code TYPE:ISSUER:VALUE}; a null issuer and
 * value mean a malformed identifier written as the type text alone.
 */
record RenderedIdentifier(String type, String issuer, String value) {
  String joined() {
    return issuer == null && value == null ? type : type + ":" + issuer + ":" + value;
  }
}
