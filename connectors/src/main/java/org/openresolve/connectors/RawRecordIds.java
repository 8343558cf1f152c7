package org.openresolve.connectors;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * The record id of a row that could not be read whole, read from the part of it before the damage
 * with the id column or member its connector reads: a quarantined row that names a record is then
 * removed when that record is erased. Null when the id is not in the readable part.
 */
final class RawRecordIds {
  private static final JsonFactory JSON = new JsonFactory();

  private RawRecordIds() {}

  /**
   * Cell {@code index} of a CSV row (quotes honoured), if the row reaches it with the cell closed:
   * a cell cut off by the end of the text or an unclosed quote is not an id.
   */
  static String csvCell(String raw, char delimiter, int index) {
    int cell = 0;
    StringBuilder value = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < raw.length() && raw.charAt(i + 1) == '"') {
          value.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          value.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == delimiter || c == '\n' || c == '\r') {
        if (cell == index) {
          return value.toString().strip();
        }
        if (c != delimiter) {
          return null;
        }
        cell++;
        value.setLength(0);
      } else {
        value.append(c);
      }
    }
    return null;
  }

  /**
   * The text or number of top-level member {@code field} of a JSON object, if it comes before the
   * damage.
   */
  static String jsonMember(String raw, String field) {
    try (JsonParser p = JSON.createParser(raw)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      JsonToken t;
      while ((t = p.nextToken()) != null && t != JsonToken.END_OBJECT) {
        if (t != JsonToken.FIELD_NAME) {
          return null;
        }
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals(field)) {
          return value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NUMBER_INT
              ? p.getText()
              : null;
        }
        p.skipChildren();
      }
    } catch (IOException e) {
      // Damage before the member: no id.
    }
    return null;
  }
}
