package cn.eport.onboarding.declaration.pdf;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FontTextTest {

    private static final float SIZE = 10;

    private PDDocument document;
    private TrueTypeFont ttf;
    private FontText text;

    @BeforeEach
    void font() throws IOException {
        document = new PDDocument();
        ttf = SealFont.borrow();
        text = new FontText(PDType0Font.load(document, ttf, true), ttf);
    }

    @AfterEach
    void close() throws IOException {
        SealFont.release(ttf);
        document.close();
    }

    @Test
    void linesStayWithinTheWidthAndLoseNoCharacter() {
        String value = "中国（上海）自由贸易试验区张杨路500号12层1201室，经营范围包括货物进出口、技术进出口、国际货物运输代理。".repeat(4);
        List<String> lines = text.wrap(text.printable(value), SIZE, 120);
        assertTrue(lines.size() > 4, "wrapped: " + lines);
        for (String line : lines) {
            assertTrue(text.width(line, SIZE) <= 120.01f, line);
        }
        assertEquals(value, String.join("", lines));
    }

    @Test
    void noLineStartsWithClosingPunctuation() {
        String value = "甲乙丙丁戊己庚辛壬癸、子丑寅卯辰巳午未申酉，戌亥甲乙丙丁戊己庚辛。壬癸子丑寅卯辰巳午未（申酉）戌亥".repeat(6);
        for (float width = 40; width < 200; width += 7) {
            for (String line : text.wrap(value, SIZE, width)) {
                assertFalse("、，。）".indexOf(line.charAt(0)) >= 0, "width " + width + ": «" + line + "»");
            }
        }
    }

    @Test
    void latinWordsBreakAtSpacesAndExplicitLineBreaksAreKept() {
        List<String> lines = text.wrap("Import and export of goods and technology\ninternational freight", SIZE, 90);
        assertTrue(lines.stream().allMatch(l -> l.matches("[A-Za-z ]+")), lines.toString());
        assertEquals("Import and export of goods and technology international freight",
                String.join(" ", lines).replaceAll(" +", " "));
        assertTrue(lines.contains("international freight") || lines.stream().anyMatch(l -> l.startsWith("international")),
                "the line break of the value starts a line: " + lines);
        assertEquals(List.of(""), text.wrap("", SIZE, 90), "an empty value is one empty line");
    }

    @Test
    void whatTheFontCannotShowIsPrintedAsItsCodePoint() {
        assertEquals("王[U+1F600]五 a b\nc", text.printable("王😀五 a\tb\r\nc"));
        assertEquals("", text.printable(null));
    }
}
