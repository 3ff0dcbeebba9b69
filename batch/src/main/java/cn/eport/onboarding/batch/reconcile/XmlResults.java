package cn.eport.onboarding.batch.reconcile;

import cn.eport.onboarding.batch.source.ImportSource;
import cn.eport.onboarding.batch.source.MalformedFileException;
import cn.eport.onboarding.batch.source.SafeXml;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * An XML results file, read with StAX one {@code <result>} at a time (docs/review-results-file.md):
 * root {@code <review-results>}, each decision a {@code <result>} whose child elements are named as
 * the CSV columns (English or Chinese); an absent or empty element is an empty field, elements of
 * other names are passed over. The encoding is the XML declaration's (UTF-8 or GB18030). No DTDs,
 * no external entities.
 */
final class XmlResults implements ResultFile {

    static final String ROOT = "review-results";
    static final String RECORD = "result";

    private final String sourceName;
    private final InputStream in;
    private final XMLStreamReader xml;

    private XmlResults(String sourceName, InputStream in, XMLStreamReader xml) {
        this.sourceName = sourceName;
        this.in = in;
        this.xml = xml;
    }

    static XmlResults open(ImportSource source) throws IOException {
        XMLInputFactory factory = SafeXml.inputFactory();
        InputStream in = source.open();
        try {
            XmlResults file = new XmlResults(source.name(), in, factory.createXMLStreamReader(in));
            file.readRoot();
            return file;
        } catch (XMLStreamException | RuntimeException e) {
            in.close();
            if (e instanceof XMLStreamException xmlProblem) {
                throw malformed(source.name(), xmlProblem);
            }
            throw (RuntimeException) e;
        }
    }

    private void readRoot() throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                if (!ROOT.equals(xml.getLocalName())) {
                    throw new EmptyResultFileException("不是审核结果 XML 文件（根元素应为 <" + ROOT + ">，实际为 <"
                            + xml.getLocalName() + ">）：" + sourceName);
                }
                return;
            }
        }
        throw new EmptyResultFileException("审核结果文件为空（没有根元素 <" + ROOT + ">）：" + sourceName);
    }

    @Override
    public Optional<ResultRecord> next() {
        try {
            int depth = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (depth == 0 && RECORD.equals(xml.getLocalName())) {
                        return Optional.of(record());
                    }
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth == 0) {
                        return Optional.empty();
                    }
                    depth--;
                }
            }
            return Optional.empty();
        } catch (XMLStreamException e) {
            throw malformed(sourceName, e);
        }
    }

    /** The {@code <result>} the reader stands on, up to its end tag. */
    private ResultRecord record() throws XMLStreamException {
        long line = xml.getLocation().getLineNumber();
        Map<ResultColumn, String> values = new EnumMap<>(ResultColumn.class);
        StringJoiner raw = new StringJoiner(", ");
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            String text = elementText();
            ResultColumn.named(name).ifPresent(column -> {
                if (text != null) {
                    values.put(column, text);
                }
            });
            raw.add(name + "=" + (text == null ? "" : text));
        }
        return new ResultRecord(line, raw.toString(), true, values::get);
    }

    /** The trimmed text of the element the reader stands on (null when empty); child elements are passed over. */
    private String elementText() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (depth == 1 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                text.append(xml.getText());
            }
        }
        String stripped = text.toString().strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static MalformedFileException malformed(String sourceName, XMLStreamException e) {
        long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
        return new MalformedFileException(sourceName, line, e.getMessage(), e);
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } finally {
            in.close();
        }
    }
}
