package org.ppcheck.facts;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ppcheck.extract.Block;
import org.ppcheck.nlp.MatchText;
import org.ppcheck.nlp.Sentence;

/**
 * Follows the tables of a document in reading order, so that a row's cells can be read under their
 * column headers ("Hosting location", "Collected"). The first row of a table with any text is its
 * header (converted pages often start a table with an empty row).
 */
final class Tables {
    private static final Pattern CELL = Pattern.compile("\\s*\\|\\s*");

    /** A row of a table: its table's header cells and the row's whole text (a sentence may be part of a row). */
    record Row(List<String> headerCells, String text, int start) {
        /** The row's cells, as the extractors join them with " | ", each as read for matching. */
        List<String> cells() {
            return cellsOf(text);
        }

        /** The column of an offset into the document, or -1 when it is outside the row. */
        int column(int offset) {
            int at = offset - start;
            if (at < 0 || at > text.length()) {
                return -1;
            }
            return (int) CELL.matcher(text.substring(0, at)).results().count();
        }
    }

    private final String text;
    private Block block;
    private Block headerBlock;
    private List<String> header = List.of();

    Tables(String text) {
        this.text = text;
    }

    /** The table row the sentence is in, with its table's header cells; null for a header or outside tables. */
    Row row(Sentence s) {
        Block previous = block;
        block = s.block();
        if (block.kind() != Block.Kind.TABLE_ROW) {
            return null;
        }
        String rowText = text.substring(block.start(), block.end());
        boolean newTable = previous == null || previous.kind() != Block.Kind.TABLE_ROW;
        if (previous != block && (newTable || header.stream().allMatch(String::isBlank))) {
            headerBlock = block;
            header = cellsOf(rowText);
        }
        return block == headerBlock ? null : new Row(header, rowText, block.start());
    }

    /** The cells of a row as read for matching ({@link MatchText}: a hidden character in "Hosting lo&shy;cation" changes nothing). */
    private static List<String> cellsOf(String rowText) {
        return Stream.of(CELL.split(rowText, -1)).map(cell -> MatchText.of(cell).text()).toList();
    }
}
