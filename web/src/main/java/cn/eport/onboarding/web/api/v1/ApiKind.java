package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.card.CardDetails;
import cn.eport.onboarding.customs.CustomsFilingDetails;
import cn.eport.onboarding.enterprise.RegistrationDetails;
import cn.eport.onboarding.forex.ForexFilingDetails;
import cn.eport.onboarding.mofcom.MofcomDetails;
import cn.eport.onboarding.operator.OperatorDetails;
import cn.eport.onboarding.workflow.ApplicationKind;

import java.util.Arrays;
import java.util.Optional;

/**
 * The application kinds the API serves under {@code /api/v1/{path}} ({@link ApplicationResource}):
 * the path segment, the kind, the type of its details (the JSON body of create and update), and
 * what the document says of it (tag, operation names). Plain data, so that the OpenAPI filter can
 * write one set of paths per kind from the resource's one template ({@code ApiDocumentFilter}).
 */
public enum ApiKind {

    REGISTRATIONS("registrations", ApplicationKind.ENTERPRISE_REGISTRATION, RegistrationDetails.class, "Registration",
            "三证合一企业信息登记 / unified business registration of the enterprise (F-12..F-16)"),
    LEGAL_PERSON_CARDS("legal-person-cards", ApplicationKind.LEGAL_PERSON_CARD, CardDetails.class, "LegalPersonCard",
            "补办法人卡 / reissue of the legal person's card (F-60)"),
    MOFCOM_FILINGS("mofcom-filings", ApplicationKind.MOFCOM_FILING, MofcomDetails.class, "MofcomFiling",
            "对外贸易经营者备案（一家企业一份）/ foreign trade operator filing with MOFCOM, one per enterprise (F-20..F-23)"),
    CUSTOMS_FILINGS("customs-filings", ApplicationKind.CUSTOMS_FILING, CustomsFilingDetails.class, "CustomsFiling",
            "海关报关单位备案（一家企业一份）/ customs declarant filing, one per enterprise (F-30..F-32)"),
    FOREX_FILINGS("forex-filings", ApplicationKind.FOREX_FILING, ForexFilingDetails.class, "ForexFiling",
            "外汇名录登记（一家企业一份）/ foreign exchange directory filing, one per enterprise (F-40..F-43)"),
    OPERATORS("operators", ApplicationKind.OPERATOR, OperatorDetails.class, "Operator",
            "企业操作员（需已保存三证合一）/ the enterprise's operators, once a 三证合一 record is saved (F-50..F-53)");

    /** The resource's path: exactly these segments, so that no other path under /v1 reaches it. */
    public static final String PATH = "v1/{kind: registrations|legal-person-cards|mofcom-filings|customs-filings|forex-filings|operators}";
    /** The path as the server's scanner writes it, before the document's filter gives each kind its own. */
    public static final String DOCUMENTED_PATH = "/" + PATH;

    private final String path;
    private final ApplicationKind kind;
    private final Class<?> detailsType;
    private final String operationSuffix;
    private final String description;

    ApiKind(String path, ApplicationKind kind, Class<?> detailsType, String operationSuffix, String description) {
        this.path = path;
        this.kind = kind;
        this.detailsType = detailsType;
        this.operationSuffix = operationSuffix;
        this.description = description;
    }

    public static Optional<ApiKind> byPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
    }

    /** The path segment, also the tag of its operations. */
    public String path() {
        return path;
    }

    public ApplicationKind kind() {
        return kind;
    }

    public Class<?> detailsType() {
        return detailsType;
    }

    /** What an operation's name gets for this kind: {@code create} → {@code createRegistration}. */
    public String operationSuffix() {
        return operationSuffix;
    }

    public String description() {
        return description;
    }
}
