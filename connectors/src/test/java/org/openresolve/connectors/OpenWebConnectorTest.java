package org.openresolve.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.openresolve.connectors.ConnectorTestSupport.read;

import org.junit.jupiter.api.Test;
import org.openresolve.model.FieldIssue;
import org.openresolve.model.FieldIssueReason;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.QuarantineReason;
import org.openresolve.model.SourceKind;
import org.openresolve.model.SubjectCategory;
import org.openresolve.model.WebNetwork;

class OpenWebConnectorTest {
  @Test
  void readsTheContractExampleWithAccountsWalletsAndNetwork() {
    var o =
        ConnectorTestSupport.read(
            SourceKind.OPEN_WEB,
            "{\"capture_id\": \"OW-88121\", \"captured_at\": \"2026-05-11T08:00:00Z\", \"url\": \"https://forum.example/u/sasha_iv\","
                + " \"network\": \"clear\", \"platform\": \"forum.example\", \"username\": \"sasha_iv\", \"display_name\": \"Sasha I.\","
                + " \"bio\": \"free text\", \"location\": \"Riga\", \"date_of_birth\": null,"
                + " \"emails\": [\"Sasha.Ivanov84@mail.example\"], \"phones\": [\"89161234567\"], \"websites\": [],"
                + " \"crypto_wallets\": [{\"chain\": \"btc\", \"address\": \"bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh\"}],"
                + " \"linked_accounts\": [{\"platform\": \"telegram\", \"handle\": \"sasha_iv\"}]}\n",
            null,
            "RU",
            1 << 20);

    PersonRecord r = o.record("OW-88121");
    assertThat(r.accounts())
        .extracting(a -> a.platform(), a -> a.handle())
        .containsExactly(tuple("forum.example", "sasha_iv"), tuple("telegram", "sasha_iv"));
    assertThat(r.wallets()).singleElement().satisfies(w -> assertThat(w.chain()).isEqualTo("BTC"));
    assertThat(r.phones())
        .singleElement()
        .satisfies(p -> assertThat(p.e164()).isEqualTo("+79161234567"));
    assertThat(r.emails())
        .singleElement()
        .satisfies(e -> assertThat(e.normalised()).isEqualTo("sasha.ivanov84@mail.example"));
    assertThat(r.urls()).containsExactly("https://forum.example/u/sasha_iv");
    assertThat(r.metadata().webNetwork()).isEqualTo(WebNetwork.CLEAR);
    assertThat(r.metadata().subjectCategory()).isEqualTo(SubjectCategory.UNDETERMINED);
    assertThat(r.metadata().collectedAt()).hasToString("2026-05-11T08:00:00Z");
    assertThat(o.issues).isEmpty();
  }

  @Test
  void reportsAnUnknownNetworkAndAWalletWithoutChain() {
    var o =
        read(
            SourceKind.OPEN_WEB,
            "{\"capture_id\": \"OW-1\", \"network\": \"darkest\", \"display_name\": \"Zed\", \"crypto_wallets\": [{\"address\": \"0xabc\"}]}\n");

    assertThat(o.record("OW-1").metadata().webNetwork()).isNull();
    assertThat(o.issues)
        .extracting(FieldIssue::field, FieldIssue::reason)
        .containsExactlyInAnyOrder(
            tuple("network", FieldIssueReason.UNKNOWN_WEB_NETWORK),
            tuple("crypto_wallets[0]", FieldIssueReason.INCOMPLETE_ACCOUNT));
  }

  @Test
  void aDamagedLineNamesItsRecordWhenTheIdComesBeforeTheDamage() {
    var o =
        read(
            SourceKind.OPEN_WEB,
            "{\"capture_id\": \"OW-1\", \"display_name\": \"Zed\", \"emails\": [\"zed@mail.example\"\n"
                + "{\"display_name\": \"Amy\", \"capture_id\": \"OW-2\", \"emails\": }\n"
                + "{\"display_name\": \"Bo\" \"capture_id\": \"OW-3\"}\n"
                + "{\"capture_id\": \"OW-4\n"
                + "[\"OW-5\"]\n"
                + "{\"capture_id\": \"OW-6\", \"display_name\": \"Cy\"}\n"
                + "{\"capture_id\": \"OW-6\", \"display_name\": \"Cy\"}\n");

    assertThat(o.quarantined)
        .extracting(q -> q.reason(), q -> q.recordId())
        .containsExactly(
            tuple(QuarantineReason.MALFORMED_JSON, "OW-1"),
            tuple(QuarantineReason.MALFORMED_JSON, "OW-2"),
            tuple(QuarantineReason.MALFORMED_JSON, null),
            tuple(QuarantineReason.MALFORMED_JSON, null),
            tuple(QuarantineReason.NOT_AN_OBJECT, null),
            tuple(QuarantineReason.DUPLICATE_RECORD_ID, "OW-6"));
  }

  @Test
  void quarantinesACaptureWithoutId() {
    var o =
        read(
            SourceKind.OPEN_WEB,
            "{\"display_name\": \"Zed\"}\n{\"capture_id\": \"\", \"display_name\": \"Zed\"}\n");

    assertThat(o.quarantined)
        .extracting(q -> q.reason())
        .containsExactly(QuarantineReason.MISSING_RECORD_ID, QuarantineReason.MISSING_RECORD_ID);
  }
}
