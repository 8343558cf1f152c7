package org.openresolve.generator;

import java.util.List;

/**
 * The probabilities behind a {@link Difficulty}. Name and field noise is drawn independently for
 * every record; the hard-negative shares are drawn once per person or household.
 *
 * @param nameVariant a name part spelled in another of its romanisations than the person's own
 * @param nickname the given name replaced by a hypocorism (Bill, Sasha)
 * @param typo one keyboard typo (adjacent key, transposition, deletion) in a name
 * @param ocr one OCR confusion (rn/m, l/1, O/0) in a name
 * @param swapParts given and family name recorded in each other's field
 * @param initials the given name cut to its initial
 * @param dropMiddle a middle name or patronymic left out
 * @param stripDiacritics diacritics dropped from a Latin-script name
 * @param foreignScript the name parts written in the original script in a Latin-script export
 * @param otherName a record written under an alias, maiden name or false identity
 * @param falseIdentity a person who uses a second, invented identity
 * @param missingField each optional field left empty
 * @param partialDate a date reduced to its year or year-month
 * @param dateSwap day and month exchanged (only where both are at most 12)
 * @param yearOffByOne a birth year one too high or too low
 * @param dayTypo a birth day off by one
 * @param sexError the opposite sex recorded
 * @param phoneStyleNoise a phone written in a style other than the country's usual one
 * @param identifierNoise spaces, dashes or case changes inside an identifier value
 * @param identifierTypo one wrong or transposed character in an identifier value
 * @param emailCase an e-mail address written with changed letter case
 * @param household a group of people is a family sharing a name, address and home phone
 * @param namesake in a family, a son with his father's full name
 * @param twins in a family, twins sharing a birth date
 * @param burner a person using a phone shared with unrelated people
 * @param safeHouse a person giving an address shared with unrelated people
 * @param nameSkew exponent on name frequencies: above 1 makes common names more common
 * @param recordsPerPerson relative weights of a person having 1, 2, 3 ... records
 */
record DifficultyProfile(
    double nameVariant,
    double nickname,
    double typo,
    double ocr,
    double swapParts,
    double initials,
    double dropMiddle,
    double stripDiacritics,
    double foreignScript,
    double otherName,
    double falseIdentity,
    double missingField,
    double partialDate,
    double dateSwap,
    double yearOffByOne,
    double dayTypo,
    double sexError,
    double phoneStyleNoise,
    double identifierNoise,
    double identifierTypo,
    double emailCase,
    double household,
    double namesake,
    double twins,
    double burner,
    double safeHouse,
    double nameSkew,
    List<Double> recordsPerPerson) {
  DifficultyProfile {
    recordsPerPerson = List.copyOf(recordsPerPerson);
  }
}
