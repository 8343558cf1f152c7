/**
 * A deterministic generator of synthetic person records in the three input formats of the contract
 * (criminal records CSV, intelligence reports and open-web captures as JSON Lines), with a
 * ground-truth file. Names come in their own scripts with variant romanisations, nicknames, typos
 * and swaps; records are damaged independently; relatives, namesakes, twins and shared phones or
 * addresses make hard negatives; bad rows and bad values are added at a chosen rate. {@link
 * org.openresolve.generator.ExampleGenerator} is the entry point; everything else is
 * package-private. Name lists and texts live in the resources beside this package.
 */
package org.openresolve.generator;
