package cn.eport.onboarding.declaration.pdf;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Text set in the sealed PDF's font for one document: what the font can show (a character it lacks
 * is printed as its code point, {@code [U+1F600]}, so nothing declared silently disappears), widths,
 * and lines wrapped to a width (anywhere between Chinese characters, at a space in Latin text when
 * there is one).
 */
final class FontText {

    private static final String NO_LINE_START = "、，。．：；！？）」』】〕》〉”’,.;:!?)]}";

    private final PDType0Font font;
    private final CmapLookup cmap;
    private final Map<Integer, Float> widths = new HashMap<>();

    FontText(PDType0Font font, TrueTypeFont ttf) {
        this.font = font;
        try {
            this.cmap = ttf.getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PDType0Font font() {
        return font;
    }

    /** The text with line breaks kept, other control characters as spaces and characters the font lacks as [U+XXXX]. */
    String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.replace("\r\n", "\n").codePoints().forEach(c -> {
            if (c == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                out.append(' ');
            } else if (cmap.getGlyphId(c) > 0) {
                out.appendCodePoint(c);
            } else {
                out.append(String.format(Locale.ROOT, "[U+%04X]", c));
            }
        });
        return out.toString();
    }

    /** The width in points of printable text. */
    float width(String printable, float size) {
        float units = 0;
        for (int i = 0; i < printable.length(); ) {
            int c = printable.codePointAt(i);
            units += unitWidth(c);
            i += Character.charCount(c);
        }
        return units * size / 1000f;
    }

    /** Printable text in lines no wider than the width; an empty text is one empty line. */
    List<String> wrap(String printable, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable.split("\n", -1)) {
            wrapParagraph(paragraph, size, maxWidth * 1000f / size, lines);
        }
        return lines;
    }

    private void wrapParagraph(String text, float size, float maxUnits, List<String> lines) {
        int start = 0;
        while (start < text.length()) {
            float units = 0;
            int end = start;
            int lastSpace = -1;
            while (end < text.length()) {
                int c = text.codePointAt(end);
                float w = unitWidth(c);
                if (units + w > maxUnits && end > start) {
                    break;
                }
                if (c == ' ') {
                    lastSpace = end;
                }
                units += w;
                end += Character.charCount(c);
            }
            if (end < text.length() && lastSpace > start && isLatinWord(text, lastSpace + 1, end + 1)) {
                end = lastSpace + 1;
            }
            // no line starts with closing punctuation (、，。）): the character before it goes down with it
            while (end < text.length() && end - start > 1 && NO_LINE_START.indexOf(text.charAt(end)) >= 0) {
                end = text.offsetByCodePoints(end, -1);
            }
            lines.add(text.substring(start, end).stripTrailing());
            start = end;
            while (start < text.length() && text.charAt(start) == ' ' && start > 0) {
                start++;
            }
        }
        if (text.isEmpty()) {
            lines.add("");
        }
    }

    /** True when the text from..to (exclusive) is one word of Latin script, which a break would cut. */
    private static boolean isLatinWord(String text, int from, int to) {
        return text.substring(from, Math.min(to, text.length())).codePoints().allMatch(c -> c < 0x2E80 && c != ' ');
    }

    private float unitWidth(int codePoint) {
        return widths.computeIfAbsent(codePoint, c -> {
            try {
                return font.getStringWidth(new String(Character.toChars(c)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
