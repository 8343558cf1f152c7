package org.openresolve.report;

/**
 * Text made safe for HTML and SVG, in element content and in quoted attribute values alike. Every
 * value from the data goes through here: a name is whatever a source wrote, "<script>" included.
 */
final class Html {
  private Html() {}

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                  // Control characters are not allowed in XML (inline SVG is parsed as such by some
                  // viewers) and mean nothing on a page: shown as the replacement character.
                  if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                    out.append('\uFFFD');
                  } else {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.toString();
  }

  /**
   * At most {@code max} characters, an ellipsis marking a cut: a label must not push a chart apart.
   */
  static String shortened(String text, int max) {
    if (text == null) {
      return "";
    }
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "\u2026";
  }
}
