package cn.eport.onboarding.web.api.doc;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code Problem} schema (RFC 9457, as {@code web.api.Problem} writes it) and one reusable
 * response per refusal status, referred to as {@code #/components/responses/<status>}.
 */
final class ProblemSchemas {

    static final String MEDIA_TYPE = "application/problem+json";
    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";

    /** The refusals every part of the API may answer, with a title, a description and an example detail. */
    private record Refusal(int status, String title, String description, String detail) {
    }

    private static final List<Refusal> REFUSALS = List.of(
            new Refusal(400, "Bad Request", "请求格式不正确 / malformed request", "请求正文不是有效的 JSON。"),
            new Refusal(401, "Unauthorized", "缺少令牌，或令牌无效、已过期、已撤销 / no valid token",
                    "请提供有效的 API 令牌。"),
            new Refusal(403, "Forbidden", "无此权限 / not allowed for this account", "您没有执行此操作的权限。"),
            new Refusal(404, "Not Found", "记录不存在或不属于本企业 / unknown, or another enterprise's",
                    "未找到该记录。"),
            new Refusal(409, "Conflict", "当前状态不允许，或与已有记录冲突 / not allowed in its status, or a conflict",
                    "该申请当前状态不允许此操作。"),
            new Refusal(412, "Precondition Failed", "读取后已被他人修改 / changed since it was read (If-Match)",
                    "该记录已被他人修改，您的操作未执行。请重新读取后再操作。"),
            new Refusal(413, "Request Entity Too Large", "文件过大 / file too large", "系统目前只支持4M以下的文件"),
            new Refusal(415, "Unsupported Media Type", "不支持的内容类型 / unsupported content type",
                    "只接受 application/json。"),
            new Refusal(422, "Unprocessable Content", "字段校验未通过 / fields failed validation",
                    "请求中有字段不符合要求，详见 errors。"),
            new Refusal(428, "Precondition Required", "缺少 If-Match / If-Match is required",
                    "请在 If-Match 请求头中提供读取时的 ETag。"),
            new Refusal(503, "Service Unavailable", "备案所需的名录暂时无法访问 / a directory a filing needs is out of reach",
                    "外汇企业名录暂时无法查询，请稍后再试。如问题持续，请联系数据分中心。"),
            new Refusal(500, "Internal Server Error", "服务器内部错误 / unexpected failure", "服务器暂时无法处理请求。"));

    private ProblemSchemas() {
    }

    static void addTo(Components components) {
        components.addSchema(FIELD_ERROR, fieldError());
        components.addSchema(PROBLEM, problem());
        for (Refusal refusal : REFUSALS) {
            components.addResponse(String.valueOf(refusal.status()), response(refusal));
        }
    }

    /** The statuses that have a reusable response. */
    static List<String> statuses() {
        return REFUSALS.stream().map(r -> String.valueOf(r.status())).toList();
    }

    private static Schema fieldError() {
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("一个字段的错误 / what is wrong with one field")
                .addProperty("field", string("字段名 / the field's name"))
                .addProperty("message", string("提示，按 Accept-Language / the message, in the caller's language"))
                .required(List.of("field", "message"))
                .example(Map.of("field", "uscc", "message", "统一社会信用代码格式不正确"));
    }

    private static Schema problem() {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "about:blank");
        example.put("title", "Unprocessable Content");
        example.put("status", 422);
        example.put("detail", "请更正标出的字段。");
        example.put("code", "validation");
        example.put("errors", List.of(Map.of("field", "uscc", "message", "统一社会信用代码格式不正确")));
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", string("about:blank（HTTP 状态即说明 / the status says it all）"))
                .addProperty("title", string("状态的原因短语 / the status's reason phrase"))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32")
                        .description("HTTP 状态 / the HTTP status"))
                .addProperty("detail", string("错在哪里 / what was wrong"))
                .addProperty("code", string("问题的固定名称，客户端可据此处理 / a stable name of the problem a client may act on"))
                .addProperty("accepted", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                        .description("可接受的值 / the values that would have been accepted")
                        .items(OASFactory.createSchema().type(Schema.SchemaType.STRING)))
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                        .description("各字段的错误 / the fields that failed validation")
                        .items(OASFactory.createSchema().ref(FIELD_ERROR)))
                .required(List.of("type", "title", "status"))
                .example(example);
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING).description(description);
    }

    private static APIResponse response(Refusal refusal) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "about:blank");
        example.put("title", refusal.title());
        example.put("status", refusal.status());
        example.put("detail", refusal.detail());
        Content content = OASFactory.createContent().addMediaType(MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM))
                .example(example));
        return OASFactory.createAPIResponse().description(refusal.description()).content(content);
    }
}
