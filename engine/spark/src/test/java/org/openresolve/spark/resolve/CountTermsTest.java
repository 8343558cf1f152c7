package org.openresolve.spark.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.openresolve.core.rules.PersonField;
import org.openresolve.core.scoring.HolderSignature;
import org.openresolve.core.scoring.TermCounts;
import org.openresolve.core.scoring.TermFrequencies;

class CountTermsTest {
  @Test
  void countsRecordsForANameYearsForAFullNameAndPeopleForASharedValue() throws Exception {
    String anna = TermFrequencies.key(PersonField.GIVEN_NAME, "anna");
    String annaPetrova = TermFrequencies.fullNameKey("anna", "petrova");
    String phone = TermFrequencies.key(PersonField.PHONE, "+441110000001");
    String rare = TermFrequencies.key(PersonField.FAMILY_NAME, "zyx");
    long annaP1990 = new HolderSignature('a', 'p', 1990).encode();
    long ivanS1970 = new HolderSignature('i', 's', 1970).encode();
    List<Row> sorted =
        List.of(
            observation(annaPetrova, 1990, null),
            observation(annaPetrova, 1990, null),
            observation(annaPetrova, 1991, null),
            observation(anna, null, null),
            observation(anna, null, null),
            observation(anna, null, null),
            // Two records of one person and one of another on one phone: two people.
            observation(phone, null, annaP1990),
            observation(phone, null, annaP1990),
            observation(phone, null, ivanS1970),
            observation(rare, null, null));

    List<String> counted = new ArrayList<>();
    new CountTerms()
        .call(sorted.iterator())
        .forEachRemaining(r -> counted.add(r.getString(0) + "=" + r.getLong(1)));

    // The rare name is held once and never looked up, so it is not counted; after its last key the
    // partition gives its number of distinct values per field whose people are counted.
    assertThat(counted)
        .containsExactly(
            annaPetrova + "=2",
            anna + "=3",
            phone + "=2",
            TermCounts.distinctValuesKey(PersonField.PHONE) + "=1");
  }

  private static Row observation(String key, Integer year, Long signature) {
    return RowFactory.create(key, year, signature);
  }
}
