package cn.eport.onboarding.batch.reconcile;

import cn.eport.onboarding.batch.source.CsvFile;
import cn.eport.onboarding.batch.source.ImportSource;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/** A CSV results file (UTF-8 or GB18030): a header naming every {@link ResultColumn}, then a record a line. */
final class CsvResults implements ResultFile {

    private final CsvFile file;
    private final Map<ResultColumn, String> columns;

    private CsvResults(CsvFile file, Map<ResultColumn, String> columns) {
        this.file = file;
        this.columns = columns;
    }

    /**
     * @throws EmptyResultFileException when the file has not even a header
     * @throws MissingColumnsException  when the header lacks columns
     */
    static CsvResults open(ImportSource source) throws IOException {
        CsvFile file = CsvFile.open(source, CsvFile.charsetOf(source));
        try {
            if (file.header().isEmpty()) {
                throw new EmptyResultFileException("审核结果文件为空（没有表头行）：" + source.name());
            }
            return new CsvResults(file, ResultColumn.find(file.header()));
        } catch (RuntimeException e) {
            file.close();
            throw e;
        }
    }

    @Override
    public Optional<ResultRecord> next() {
        return file.next().map(row -> new ResultRecord(row.line(), row.raw(), row.complete(), column -> row.get(columns.get(column))));
    }

    @Override
    public long skip(long count) {
        return file.skip(count);
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
