package cn.eport.onboarding.batch.reconcile;

import cn.eport.onboarding.workflow.ApplicationKind;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The Chinese names of the application kinds, for the operator's messages and the 业务类型 column. */
final class KindNames {

    private static final Map<ApplicationKind, String> NAMES = new EnumMap<>(Map.of(
            ApplicationKind.ENTERPRISE_REGISTRATION, "三证合一信息",
            ApplicationKind.LEGAL_PERSON_CARD, "补办法人卡",
            ApplicationKind.MOFCOM_FILING, "企业商务部备案",
            ApplicationKind.CUSTOMS_FILING, "企业海关备案授权",
            ApplicationKind.FOREX_FILING, "企业外汇备案授权",
            ApplicationKind.OPERATOR, "操作员信息预录入"));

    private KindNames() {
    }

    static String of(ApplicationKind kind) {
        return NAMES.get(kind);
    }

    /** A kind by its name in the product (CUSTOMS_FILING), its number prefix (HG) or its Chinese name. */
    static Optional<ApplicationKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String stripped = text.strip();
        String upper = stripped.toUpperCase(Locale.ROOT);
        for (ApplicationKind kind : ApplicationKind.values()) {
            if (kind.name().equals(upper) || kind.numberPrefix().equals(upper) || NAMES.get(kind).equals(stripped)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
