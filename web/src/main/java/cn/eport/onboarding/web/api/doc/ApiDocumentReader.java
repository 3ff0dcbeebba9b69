package cn.eport.onboarding.web.api.doc;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.info.Info;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import java.util.List;

/**
 * The parts of the OpenAPI document that no resource class says (ADR 0031): who publishes the API,
 * where it lives, how a caller authenticates, and the problem answers every operation shares.
 * Payara merges the annotations of the resources into this model; {@link ApiDocumentFilter} then
 * keeps only the published API. Named in config/src/main/payara/domain.asadmin (mp.openapi.model.reader).
 */
public class ApiDocumentReader implements OASModelReader {

    /** The name operations use in their security requirement. */
    public static final String BEARER = "bearer";
    /** Where the published API starts, relative to the application. */
    public static final String SERVER = "/eport/api";

    @Override
    public OpenAPI buildModel() {
        return OASFactory.createOpenAPI()
                .openapi("3.0.3")
                .info(info())
                .addServer(OASFactory.createServer().url(SERVER)
                        .description("本服务器 / this server"))
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(BEARER))
                .components(components())
                .tags(tags());
    }

    private static Info info() {
        return OASFactory.createInfo()
                .title("电子口岸企业入网 API / E-Port onboarding API")
                .version("v1")
                .description("""
                        企业和报关代理的系统通过本接口办理企业入网：三证合一、补办法人卡、商务部/海关/外汇备案、\
                        操作员预录入、随附单证、代码提示和待办任务。规则、租户范围与页面完全相同。
                        调用需在【API令牌】页面（/eport/account/api-tokens）生成个人令牌，\
                        以 `Authorization: Bearer <令牌>` 发送。错误以 RFC 9457 problem details 返回，\
                        语言随 `Accept-Language`（zh，en）。

                        Enterprises' and customs agents' systems use this API for onboarding: the same \
                        rules and tenant scoping as the pages. Create a personal token on the API tokens page \
                        (/eport/account/api-tokens) and send it as `Authorization: Bearer <token>`. Errors are \
                        RFC 9457 problem details in the language of `Accept-Language` (zh, en).""")
                // the contact's url must be absolute (OpenAPI 3.0), and the host is the deployer's
                .contact(OASFactory.createContact().name("电子口岸数据分中心 / E-Port data centre"));
    }

    private static Components components() {
        Components components = OASFactory.createComponents()
                .addSecurityScheme(BEARER, OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("opaque token")
                        .description("个人 API 令牌（eport_…），在【API令牌】页面 /eport/account/api-tokens 生成，"
                                + "只显示一次。 / A personal API token (eport_…) created on the API tokens page "
                                + "/eport/account/api-tokens; it is shown once."));
        ProblemSchemas.addTo(components);
        ListParameterDocs.addTo(components);
        return components;
    }

    private static List<Tag> tags() {
        return List.of(
                tag("account", "当前用户与令牌 / the calling user"),
                tag("tasks", "待办任务 / the task list"),
                tag("codes", "代码提示 / code suggestions"),
                tag("applications", "申请（各类业务） / applications of every kind"),
                tag("attachments", "随附单证 / attachments"));
    }

    private static Tag tag(String name, String description) {
        return OASFactory.createTag().name(name).description(description);
    }
}
