package cn.eport.onboarding.batch.reconcile;

import cn.eport.onboarding.batch.source.ImportSource;
import cn.eport.onboarding.batch.source.XmlRecordFile;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * An XML results file (docs/review-results-file.md): root {@code <review-results>}, each decision a
 * {@code <result>} whose child elements are named as the CSV columns (English or Chinese); an absent
 * or empty element is an empty field, elements of other names are passed over.
 */
final class XmlResults implements ResultFile {

    static final String ROOT = "review-results";
    static final String RECORD = "result";

    private final XmlRecordFile file;

    private XmlResults(XmlRecordFile file) {
        this.file = file;
    }

    /** @throws EmptyResultFileException when the file has no root element, or another one */
    static XmlResults open(ImportSource source) throws IOException {
        XmlRecordFile file = XmlRecordFile.open(source, RECORD);
        String root = file.rootName().orElse(null);
        if (!ROOT.equals(root)) {
            file.close();
            throw new EmptyResultFileException(root == null ? "审核结果文件为空（没有根元素 <" + ROOT + ">）：" + source.name()
                    : "不是审核结果 XML 文件（根元素应为 <" + ROOT + ">，实际为 <" + root + ">）：" + source.name());
        }
        return new XmlResults(file);
    }

    @Override
    public Optional<ResultRecord> next() {
        return file.next().map(record -> {
            Map<ResultColumn, String> values = new EnumMap<>(ResultColumn.class);
            record.fields().forEach((name, text) -> ResultColumn.named(name).ifPresent(column -> values.put(column, text)));
            return new ResultRecord(record.line(), record.raw(), true, values::get);
        });
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
