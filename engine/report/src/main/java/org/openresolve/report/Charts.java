package org.openresolve.report;

import static org.openresolve.report.Html.escape;
import static org.openresolve.report.Html.shortened;

import java.util.List;
import java.util.Locale;

/**
 * The report's charts as inline SVG: horizontal bars, bars either side of zero, a histogram with
 * marked thresholds and a matrix of counts. Each draws at least one shape for any non-empty input;
 * callers show a sentence instead of a chart when there is nothing to draw. Labels are escaped and
 * shortened, with the full text in a tooltip.
 */
final class Charts {
  private static final int WIDTH = 720;
  private static final int LABEL = 260;
  private static final int ROW = 22;
  private static final String BAR = "#3b6ea5";
  private static final String NEGATIVE = "#b5533c";

  private Charts() {}

  /** A labelled value; the tooltip says it in full. */
  record Bar(String label, double value, String tooltip) {
    Bar(String label, double value) {
      this(label, value, label + ": " + number(value));
    }
  }

  /** A vertical line across a histogram at an x value, with its label. */
  record Marker(double at, String label, String colour) {}

  /** Horizontal bars from zero, one per row, the value written after each. */
  static String bars(String title, List<Bar> bars) {
    require(!bars.isEmpty(), "no bars");
    double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
    int plot = WIDTH - LABEL - 70;
    StringBuilder svg = open(title, WIDTH, bars.size() * ROW + 8);
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      int y = 4 + i * ROW;
      double w = max <= 0 ? 0 : Math.max(1, b.value() / max * plot);
      svg.append("<g><title>").append(escape(b.tooltip())).append("</title>");
      text(svg, LABEL - 6, y + 15, "end", shortened(b.label(), 38));
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
              LABEL,
              y + 3,
              w,
              ROW - 6,
              BAR));
      text(svg, (int) (LABEL + w + 6), y + 15, "start", number(b.value()));
      svg.append("</g>");
    }
    return close(svg);
  }

  /** Bars either side of a zero line: partial weights, for and against a match. */
  static String diverging(String title, List<Bar> bars) {
    require(!bars.isEmpty(), "no bars");
    double max = bars.stream().mapToDouble(b -> Math.abs(b.value())).max().orElse(0);
    int half = (WIDTH - LABEL - 20) / 2;
    int zero = LABEL + half;
    StringBuilder svg = open(title, WIDTH, bars.size() * ROW + 8);
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"0\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>",
            zero,
            zero,
            bars.size() * ROW + 8));
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      int y = 4 + i * ROW;
      double w = max <= 0 ? 0 : Math.max(1, Math.abs(b.value()) / max * (half - 50));
      double x = b.value() >= 0 ? zero : zero - w;
      svg.append("<g><title>").append(escape(b.tooltip())).append("</title>");
      text(svg, LABEL - 6, y + 15, "end", shortened(b.label(), 38));
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
              x,
              y + 3,
              w,
              ROW - 6,
              b.value() >= 0 ? BAR : NEGATIVE));
      text(
          svg,
          b.value() >= 0 ? (int) (zero + w + 4) : (int) (zero - w - 4),
          y + 15,
          b.value() >= 0 ? "start" : "end",
          signed(b.value()));
      svg.append("</g>");
    }
    return close(svg);
  }

  /**
   * Columns of counts over consecutive unit bins starting at {@code firstBin}, on a log scale (the
   * pairs far below any threshold outnumber the links by orders of magnitude), with markers.
   */
  static String histogram(String title, int firstBin, long[] counts, List<Marker> markers) {
    require(counts.length > 0, "no bins");
    int height = 260;
    int left = 60;
    int bottom = height - 40;
    int plotWidth = WIDTH - left - 20;
    int top = 30;
    double maxLog = 0;
    for (long c : counts) {
      maxLog = Math.max(maxLog, Math.log10(1 + c));
    }
    double step = (double) plotWidth / counts.length;
    StringBuilder svg = open(title, WIDTH, height);
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>",
            left,
            bottom,
            left + plotWidth,
            bottom));
    for (int decade = 0; decade <= (int) Math.ceil(maxLog); decade++) {
      double y =
          bottom
              - (maxLog <= 0 ? 0 : Math.log10(1 + Math.pow(10, decade)) / maxLog * (bottom - top));
      if (y < top - 1) {
        break;
      }
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>",
              left,
              y,
              left + plotWidth,
              y));
      text(svg, left - 4, (int) y + 4, "end", number(Math.pow(10, decade)));
    }
    for (int i = 0; i < counts.length; i++) {
      double h = maxLog <= 0 ? 0 : Math.log10(1 + counts[i]) / maxLog * (bottom - top);
      double x = left + i * step;
      int bin = firstBin + i;
      svg.append("<g><title>")
          .append(
              escape("weight " + bin + " to " + (bin + 1) + ": " + number(counts[i]) + " pairs"))
          .append("</title>");
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
              x + 0.5,
              bottom - h,
              Math.max(1, step - 1),
              h,
              BAR));
      svg.append("</g>");
    }
    int labelEvery = Math.max(1, (int) Math.ceil(counts.length / 24.0));
    for (int i = 0; i < counts.length; i += labelEvery) {
      text(svg, (int) (left + i * step), bottom + 14, "middle", String.valueOf(firstBin + i));
    }
    text(
        svg,
        left + plotWidth / 2,
        height - 8,
        "middle",
        "match weight (bits of evidence); pairs on a log scale");
    int slot = 0;
    for (Marker m : markers) {
      double x = left + (m.at() - firstBin) * step;
      if (x < left || x > left + plotWidth) {
        continue;
      }
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>",
              x,
              top - 12,
              x,
              bottom,
              m.colour()));
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" text-anchor=\"%s\" fill=\"%s\">%s</text>",
              x + (slot % 2 == 0 ? 4 : -4),
              top - 16 + 12 * (slot % 2),
              slot % 2 == 0 ? "start" : "end",
              m.colour(),
              escape(m.label())));
      slot++;
    }
    return close(svg);
  }

  /** A square of counts, row and column per name, shaded by size. */
  static String matrix(String title, List<String> names, long[][] counts) {
    require(!names.isEmpty(), "no names");
    int cell = Math.max(44, Math.min(90, 460 / names.size()));
    int left = 200;
    int top = 120;
    long max = 1;
    for (long[] row : counts) {
      for (long c : row) {
        max = Math.max(max, c);
      }
    }
    StringBuilder svg =
        open(title, left + cell * names.size() + 10, top + cell * names.size() + 10);
    for (int i = 0; i < names.size(); i++) {
      String name = shortened(names.get(i), 24);
      text(svg, left - 6, top + i * cell + cell / 2 + 4, "end", name);
      int x = left + i * cell + cell / 2;
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" text-anchor=\"start\" transform=\"rotate(-40 %d %d)\">%s</text>",
              x,
              top - 8,
              x,
              top - 8,
              escape(name)));
    }
    for (int i = 0; i < names.size(); i++) {
      for (int j = 0; j < names.size(); j++) {
        long c = counts[i][j];
        double shade = c == 0 ? 0 : 0.15 + 0.85 * c / max;
        svg.append("<g><title>")
            .append(escape(names.get(i) + " and " + names.get(j) + ": " + number(c) + " entities"))
            .append("</title>");
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" fill-opacity=\"%.2f\" stroke=\"#ccc\"/>",
                left + j * cell,
                top + i * cell,
                cell,
                cell,
                BAR,
                Math.max(shade, 0.03)));
        svg.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"%s\">%s</text>",
                left + j * cell + cell / 2,
                top + i * cell + cell / 2 + 4,
                shade > 0.55 ? "#fff" : "#000",
                number(c)));
        svg.append("</g>");
      }
    }
    return close(svg);
  }

  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) v);
    }
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private static String signed(double v) {
    return String.format(Locale.ROOT, "%+.2f", v);
  }

  private static StringBuilder open(String title, int width, int height) {
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">",
            width,
            height,
            width,
            height));
    svg.append("<title>").append(escape(title)).append("</title>");
    return svg;
  }

  private static String close(StringBuilder svg) {
    return svg.append("</svg>").toString();
  }

  private static void text(StringBuilder svg, int x, int y, String anchor, String text) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\">%s</text>",
            x,
            y,
            anchor,
            escape(text)));
  }

  private static void require(boolean condition, String what) {
    if (!condition) {
      throw new IllegalArgumentException(what + ": a chart needs something to draw");
    }
  }
}
