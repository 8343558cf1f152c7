package org.openresolve.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.List;
import java.util.regex.Pattern;
import org.openresolve.model.NameType;
import org.openresolve.model.QuarantinedRow;
import org.openresolve.model.SourceMetadata;
import org.openresolve.model.SubjectCategory;

/**
 * Open-web captures (kind {@code open-web}): one captured profile per line, record id {@code
 * capture_id}. The display name is the primary name; the profile's own handle on its platform and
 * every linked account become online accounts. Open-web sources never state a subject category.
 */
final class OpenWebReader extends JsonLinesSourceReader {
  private static final Pattern NO_SEPARATOR = Pattern.compile("\\|");

  OpenWebReader(ConnectorSettings settings, InputStream in) {
    super(settings, in);
  }

  @Override
  String idField() {
    return "capture_id";
  }

  @Override
  RowResult read(JsonNode capture, long line, String raw) {
    String id = JsonFields.member(capture, "capture_id");
    QuarantinedRow bad = guard.claimId(id, "capture_id", line, raw);
    if (bad != null) {
      return new RowResult.Quarantined(bad);
    }
    RecordAssembler a =
        new RecordAssembler(settings, normalisers, guard.key(id, guard.sha256(raw)), line);
    JsonFields c = new JsonFields(capture, a, NO_SEPARATOR);
    a.fullName(NameType.PRIMARY, "display_name", c.text("display_name"));
    a.birthDate("date_of_birth", c.text("date_of_birth"));
    String platform = c.text("platform");
    a.account("username", platform, c.text("username"));
    List<JsonNode> linked = c.objects("linked_accounts");
    for (int i = 0; i < linked.size(); i++) {
      a.account(
          "linked_accounts[" + i + "]",
          JsonFields.member(linked.get(i), "platform"),
          JsonFields.member(linked.get(i), "handle"));
    }
    List<String> emails = c.list("emails");
    for (int i = 0; i < emails.size(); i++) {
      a.email("emails[" + i + "]", emails.get(i));
    }
    List<String> phones = c.list("phones");
    for (int i = 0; i < phones.size(); i++) {
      a.phone("phones[" + i + "]", phones.get(i));
    }
    List<JsonNode> wallets = c.objects("crypto_wallets");
    for (int i = 0; i < wallets.size(); i++) {
      a.wallet(
          "crypto_wallets[" + i + "]",
          JsonFields.member(wallets.get(i), "chain"),
          JsonFields.member(wallets.get(i), "address"));
    }
    String location = c.text("location");
    if (location != null) {
      a.address("location", location, location, null, null);
    }
    a.url(c.text("url"));
    c.list("websites").forEach(a::url);
    a.builder()
        .metadata(
            new SourceMetadata(
                platform,
                a.timestamp("captured_at", c.text("captured_at")),
                null,
                SubjectCategory.UNDETERMINED,
                null,
                null,
                a.network("network", c.text("network"))));
    return guard.accept(line, raw, a.builder().build(), a.issues());
  }
}
