package cn.eport.onboarding.declaration.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A ruled table across the page's width: cells wrapped to their column, a row that does not fit
 * continued on the next page (never leaving a single line behind), and the table's header row
 * repeated at the top of each page it runs onto.
 */
final class GridTable {

    private static final float PADDING = 4;
    private static final float RULE = 0.5f;

    private final PageCanvas canvas;
    private final float[] widths;
    private final float size;
    private final float leading;
    private final String[] header;
    private final boolean[] labelColumns;
    /** True while the current page holds nothing of this table but its header row. */
    private boolean freshPage;

    /**
     * @param widths           the columns' widths, adding up to the page's width
     * @param header           printable column titles, or null for a table without a header row
     * @param labelColumns     per column, whether it holds labels (shaded)
     */
    GridTable(PageCanvas canvas, float[] widths, float size, String[] header, boolean... labelColumns) {
        this.canvas = canvas;
        this.widths = widths.clone();
        this.size = size;
        this.leading = size * 1.45f;
        this.header = header == null ? null : header.clone();
        this.labelColumns = Arrays.copyOf(labelColumns, widths.length);
    }

    /** Draws the header row (on a new page if not even it and one line fit). */
    void start() {
        canvas.ensure(rowHeight(header == null ? 1 : 2));
        drawHeader();
        freshPage = false;
    }

    /** One row of printable cells. */
    void row(String... cells) {
        List<List<String>> lines = new ArrayList<>(cells.length);
        int total = 1;
        for (int i = 0; i < cells.length; i++) {
            lines.add(canvas.text().wrap(cells[i], size, widths[i] - 2 * PADDING));
            total = Math.max(total, lines.get(i).size());
        }
        int done = 0;
        while (done < total) {
            int fitting = (int) ((canvas.room() - 2 * PADDING) / leading);
            int remaining = total - done;
            if (remaining > fitting && (!freshPage || fitting < 2)) {
                // a row that fits on a page of its own is never split; a taller one fills each page
                canvas.newPage();
                drawHeader();
                freshPage = true;
                continue;
            }
            int take = Math.min(fitting, remaining);
            draw(lines, done, take, false);
            freshPage = false;
            done += take;
        }
    }

    private void drawHeader() {
        if (header != null) {
            List<List<String>> lines = Arrays.stream(header).map(List::of).toList();
            draw(lines, 0, 1, true);
        }
    }

    private float rowHeight(int lineCount) {
        return lineCount * leading + 2 * PADDING;
    }

    private void draw(List<List<String>> lines, int from, int count, boolean shadeAll) {
        float top = canvas.y();
        float height = rowHeight(count);
        float x = PageCanvas.LEFT;
        for (int column = 0; column < widths.length; column++) {
            if (shadeAll || labelColumns[column]) {
                canvas.shade(x, top, widths[column], height);
            }
            List<String> cell = lines.get(column);
            for (int i = 0; i < count && from + i < cell.size(); i++) {
                float baseline = top - PADDING - (i + 1) * leading + (leading - size) / 2 + size * 0.2f;
                canvas.text(cell.get(from + i), x + PADDING, baseline, size);
            }
            x += widths[column];
        }
        rules(top, height);
        canvas.down(height);
    }

    private void rules(float top, float height) {
        float bottom = top - height;
        canvas.line(PageCanvas.LEFT, top, PageCanvas.RIGHT, top, RULE);
        canvas.line(PageCanvas.LEFT, bottom, PageCanvas.RIGHT, bottom, RULE);
        float x = PageCanvas.LEFT;
        canvas.line(x, top, x, bottom, RULE);
        for (float width : widths) {
            x += width;
            canvas.line(x, top, x, bottom, RULE);
        }
    }
}
