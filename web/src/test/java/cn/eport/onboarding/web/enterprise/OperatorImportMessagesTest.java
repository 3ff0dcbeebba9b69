package cn.eport.onboarding.web.enterprise;

import cn.eport.onboarding.operator.bulk.ImportColumn;
import cn.eport.onboarding.operator.bulk.OperatorImportService;
import cn.eport.onboarding.operator.bulk.RowValues;
import cn.eport.onboarding.operator.bulk.SheetRefusedException;
import cn.eport.onboarding.web.i18n.Bundles;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The texts the import page builds from the reader's refusals, the import's own row problems and the
 * columns have their texts in both languages; a row problem names its column's label first.
 */
class OperatorImportMessagesTest {

    @Test
    void everyRefusalHasItsText() {
        for (SheetRefusedException.Reason reason : SheetRefusedException.Reason.values()) {
            Bundles.inBothLanguages("operatorImport.refused." + reason.name());
        }
    }

    @Test
    void everyColumnHasTheFormsLabel() {
        for (ImportColumn column : ImportColumn.values()) {
            Bundles.inBothLanguages(OperatorImportBacking.fieldKey(column.field()));
            assertEquals(column.heading(), Bundles.ZH.getString(OperatorImportBacking.fieldKey(column.field())),
                    "the heading is the form's Chinese label");
        }
        assertEquals("operator.field.birthDate", OperatorImportBacking.fieldKey(ImportColumn.BIRTH_DATE.field()));
    }

    @Test
    void everyRowProblemOfTheImportNamesTheColumn() {
        Bundles.problemTextsNameTheField(RowValues.class, 3);
        Bundles.problemTextsNameTheField(OperatorImportService.class, 1);
    }
}
