package cn.eport.onboarding.batch.reconcile;

import cn.eport.onboarding.workflow.ApplicationKind;

import java.io.Serializable;

/**
 * Which application a line of the results file means: by its 编号 (kind and id), or by the
 * enterprise's USCC and the kind, when the back office does not keep the product's number.
 *
 * @param id     the application's id; null when named by USCC
 * @param number the 编号 as the file wrote it (upper case); null when named by USCC
 * @param uscc   the enterprise; null when named by number
 */
public record ApplicationRef(ApplicationKind kind, Long id, String number, String uscc) implements Serializable {

    public static ApplicationRef byNumber(ApplicationKind kind, long id, String number) {
        return new ApplicationRef(kind, id, number, null);
    }

    public static ApplicationRef byEnterprise(ApplicationKind kind, String uscc) {
        return new ApplicationRef(kind, null, null, uscc);
    }

    public boolean byNumber() {
        return id != null;
    }
}
