package cn.eport.onboarding.operator.bulk;

import java.io.IOException;
import java.util.Optional;

/** The lines of cells of an import file, read one at a time. */
interface CellLines extends AutoCloseable {

    /** The next line, or empty at the end. */
    Optional<CellLine> next() throws SheetRefusedException;

    @Override
    void close() throws IOException;
}
