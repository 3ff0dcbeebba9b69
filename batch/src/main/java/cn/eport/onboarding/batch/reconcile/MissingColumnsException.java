package cn.eport.onboarding.batch.reconcile;

import java.util.List;

/** The results file's header lacks columns: the step fails with this message, which names them. */
public class MissingColumnsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MissingColumnsException(List<String> missing) {
        super("审核结果文件的表头缺少以下列：" + String.join("、", missing));
    }
}
