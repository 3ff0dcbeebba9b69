package cn.eport.onboarding.web.enterprise;

import cn.eport.onboarding.operator.bulk.ImportColumn;
import cn.eport.onboarding.operator.bulk.OperatorImportService;
import cn.eport.onboarding.operator.bulk.RowValues;
import cn.eport.onboarding.operator.bulk.SheetRefusedException;
import cn.eport.onboarding.web.i18n.Bundles;
import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        for (String key : List.of(RowValues.UNKNOWN_ID_TYPE, RowValues.BAD_GENDER, RowValues.BAD_DATE,
                OperatorImportService.DUPLICATE_IN_FILE)) {
            Bundles.inBothLanguages(key);
            for (ResourceBundle bundle : List.of(Bundles.ZH, Bundles.EN)) {
                String text = new MessageFormat(bundle.getString(key), bundle.getLocale()).format(new Object[] {"LABEL", "DETAIL"});
                assertTrue(text.startsWith("LABEL") && text.contains("DETAIL"), key + ": " + text);
            }
        }
    }
}
