package org.openresolve.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.regex.Pattern;
import org.openresolve.connectors.mapping.SourceMapping;

/** Any JSON Lines export read through a {@link SourceMapping} whose columns are top-level keys. */
final class JsonlMappedReader extends JsonLinesSourceReader {
  private final SourceMapping mapping;
  private final Pattern separator;

  JsonlMappedReader(ConnectorSettings settings, InputStream in) {
    super(settings, in);
    this.mapping = settings.mapping();
    this.separator = Pattern.compile(Pattern.quote(mapping.listSeparator()));
  }

  @Override
  String idField() {
    return mapping.recordId();
  }

  @Override
  RowResult read(JsonNode object, long line, String raw) {
    JsonNode idNode = object.get(mapping.recordId());
    String id = idNode == null || !idNode.isValueNode() || idNode.isNull() ? null : idNode.asText();
    var bad = guard.claimId(id, mapping.recordId(), line, raw);
    if (bad != null) {
      return new RowResult.Quarantined(bad);
    }
    RecordAssembler a =
        new RecordAssembler(settings, normalisers, guard.key(id, guard.sha256(raw)), line);
    MappedRecord.fill(mapping, new JsonFields(object, a, separator), a);
    return guard.accept(line, raw, a.builder().build(), a.issues());
  }
}
