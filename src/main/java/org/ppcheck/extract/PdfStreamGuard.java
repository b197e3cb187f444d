package org.ppcheck.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.io.RandomAccessInputStream;
import org.apache.pdfbox.io.RandomAccessReadWriteBuffer;
import org.apache.pdfbox.io.RandomAccessOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Refuses a PDF that holds a stream which decodes to more than a cap, before PDFBox reads it.
 * PDFBox 3 decodes a page's content stream, a form or an embedded font whole into memory (its
 * {@code MemoryUsageSetting} does not govern that buffer), so a 300 KB file whose content stream
 * inflates to 100 MB would otherwise take gigabytes. Each stream is decoded here once more into a
 * counter that stops at the cap. Images are left out: text extraction never decodes them, and a
 * large scan may rightly be bigger than any text.
 */
final class PdfStreamGuard {
    /** The general-purpose filters; a stream with any other (an image codec) is an image. */
    private static final Set<COSName> GENERAL_FILTERS = Set.of(
            COSName.FLATE_DECODE, COSName.FLATE_DECODE_ABBREVIATION, COSName.LZW_DECODE, COSName.LZW_DECODE_ABBREVIATION,
            COSName.ASCII85_DECODE, COSName.ASCII85_DECODE_ABBREVIATION, COSName.ASCII_HEX_DECODE,
            COSName.ASCII_HEX_DECODE_ABBREVIATION, COSName.RUN_LENGTH_DECODE, COSName.RUN_LENGTH_DECODE_ABBREVIATION);

    private PdfStreamGuard() {
    }

    /** Throws when a stream of the document, other than an image, decodes to more than {@code maxBytes}. */
    static void check(PDDocument doc, long maxBytes) throws InputException {
        COSDocument cos = doc.getDocument();
        for (Map.Entry<COSObjectKey, Long> entry : new ArrayList<>(cos.getXrefTable().entrySet())) {
            if (entry.getValue() == null || entry.getValue() <= 0) {
                continue; // an object inside an object stream, which never holds a stream (ISO 32000, 7.5.7)
            }
            COSObjectKey key = entry.getKey();
            COSBase object = cos.getObjectFromPool(key).getObject();
            if (object instanceof COSStream stream && !COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))
                    && decodesToMoreThan(stream, maxBytes)) {
                throw new InputException("the PDF holds a stream (object " + key.getNumber() + ") that decodes to more than "
                        + maxBytes / (1024 * 1024) + " MB, over the limit (see --max-input-size)");
            }
        }
    }

    private static boolean decodesToMoreThan(COSStream stream, long maxBytes) {
        List<COSName> filters = filters(stream.getFilters());
        if (filters.isEmpty() || !GENERAL_FILTERS.containsAll(filters)) {
            return false; // undecoded data is no larger than the file; image codecs are never run
        }
        try {
            InputStream in = stream.createRawInputStream();
            for (int i = 0; i < filters.size(); i++) {
                boolean last = i == filters.size() - 1;
                RandomAccessReadWriteBuffer buffer = last ? null : new RandomAccessReadWriteBuffer();
                try (CappedOutput out = new CappedOutput(last ? OutputStream.nullOutputStream() : new RandomAccessOutputStream(buffer),
                        maxBytes)) {
                    FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(in, out, stream, i);
                }
                in.close();
                if (!last) {
                    buffer.seek(0);
                    in = new RandomAccessInputStream(buffer);
                }
            }
            in.close();
            return false;
        } catch (CappedOutput.Overflow e) {
            return true;
        } catch (IOException e) {
            return false; // a damaged stream: PDFBox reports or skips it when it reads it
        }
    }

    private static List<COSName> filters(COSBase filters) {
        List<COSName> names = new ArrayList<>();
        if (filters instanceof COSName name) {
            names.add(name);
        } else if (filters instanceof COSArray array) {
            for (COSBase item : array) {
                names.add(item instanceof COSName name ? name : COSName.CRYPT); // an odd entry: not a general filter
            }
        }
        return names;
    }

    /** Passes bytes on until more than the cap have been written, then throws {@link Overflow}. */
    private static final class CappedOutput extends OutputStream {
        /** More than the cap was written. */
        static final class Overflow extends IOException {
            Overflow() {
                super("over the cap", null);
            }
        }

        private final OutputStream out;
        private final long cap;
        private long written;

        CappedOutput(OutputStream out, long cap) {
            this.out = out;
            this.cap = cap;
        }

        @Override
        public void write(int b) throws IOException {
            count(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count(len);
            out.write(b, off, len);
        }

        private void count(int n) throws Overflow {
            written += n;
            if (written > cap) {
                throw new Overflow();
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
