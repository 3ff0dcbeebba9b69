package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.attachment.Attachment;
import cn.eport.onboarding.attachment.AttachmentRefusedException;
import cn.eport.onboarding.attachment.AttachmentRules;
import cn.eport.onboarding.attachment.AttachmentService;
import cn.eport.onboarding.card.CardDetails;
import cn.eport.onboarding.customs.CustomsFilingDetails;
import cn.eport.onboarding.enterprise.EnterpriseApplication;
import cn.eport.onboarding.enterprise.FieldProblem;
import cn.eport.onboarding.enterprise.RegistrationDetails;
import cn.eport.onboarding.enterprise.SaveOutcome;
import cn.eport.onboarding.forex.ForexFilingDetails;
import cn.eport.onboarding.mofcom.MofcomDetails;
import cn.eport.onboarding.operator.OperatorDetails;
import cn.eport.onboarding.status.StatusQueryService;
import cn.eport.onboarding.web.api.ApiLanguage;
import cn.eport.onboarding.web.api.ApiProblems;
import cn.eport.onboarding.web.api.ApiRefusal;
import cn.eport.onboarding.web.api.Problem;
import cn.eport.onboarding.workflow.WorkflowAction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.UUID;

/**
 * The API of the enterprise application kinds, the same for every kind ({@link ApiKind}, the
 * first segment after {@code /v1}): create a draft (暂存), update it at the version the caller read
 * ({@code If-Match}), declare it (申报) once per {@code Idempotency-Key}, read it, list the caller's,
 * delete a draft, upload an attachment. It adds no logic of its own: every call goes to the kind's
 * service ({@link FormKinds}), which scopes it to the caller's enterprise and applies the kind's rules
 * and the state machine, exactly as for the pages. One class, not one per kind: the server's OpenAPI
 * scanner does not follow inherited resource methods, so the document's filter writes this template
 * out once per kind. See docs/adr/0034-api-resources.md.
 */
@Path(ApiKind.PATH)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ApplicationResource {

    /** The header that makes a 申报 (and optionally a create) safe to send again. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    private StatusQueryService statuses;

    @Inject
    private ApplicationViews views;

    @Inject
    private AttachmentService attachmentService;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Context
    private SecurityContext security;

    @Inject
    private FormKinds kinds;

    @GET
    @Operation(summary = "列出本企业的该类申请 / list the enterprise's applications of this kind",
            description = "与业务办理状态查询相同的条件，最近修改的在前 / the status query's filters, last changed first")
    @APIResponse(responseCode = "200", description = "一页 / one page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApplicationPage")))
    @APIResponse(responseCode = "400", ref = "400")
    @APIResponse(responseCode = "403", ref = "403")
    public ApplicationPage list(
            @Parameter(ref = "status") @QueryParam("status") String status,
            @Parameter(ref = "declaredFrom") @QueryParam("declaredFrom") String declaredFrom,
            @Parameter(ref = "declaredTo") @QueryParam("declaredTo") String declaredTo,
            @Parameter(ref = "page") @QueryParam("page") String page,
            @Parameter(ref = "size") @QueryParam("size") String size) {
        ApiLanguage language = language();
        ListParameters parameters = new ListParameters(status, declaredFrom, declaredTo, page, size);
        return ApplicationsResource.page(statuses, parameters.read(new QueryParameters(language), language),
                EnumSet.of(apiKind().kind()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "暂存一份新申请 / create a draft (暂存)",
            description = "规则与页面的暂存相同；同一 Idempotency-Key 再发只返回已建的草稿 / the page's 暂存 rules; "
                    + "the same Idempotency-Key again answers the draft it made")
    @APIResponse(responseCode = "201", description = "已暂存 / created; ETag is its version, Location its address",
            headers = {@Header(name = "ETag", description = "版本 / the version"), @Header(name = "Location")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Application")))
    @APIResponse(responseCode = "400", ref = "400")
    @APIResponse(responseCode = "403", ref = "403")
    @APIResponse(responseCode = "409", ref = "409")
    @APIResponse(responseCode = "415", ref = "415")
    @APIResponse(responseCode = "422", ref = "422")
    public Response create(
            @Parameter(description = "可选：重发安全 / optional: makes a resent create safe", example = "3f1c2a9e-create-1")
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @RequestBody(description = "该类申请的字段（details）/ the kind's fields, as `details` of the answer", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(oneOf = {RegistrationDetails.class, CardDetails.class, MofcomDetails.class,
                                    CustomsFilingDetails.class, ForexFilingDetails.class, OperatorDetails.class})))
            String body) {
        return create(form(), idempotencyKey == null ? UUID.randomUUID().toString() : token("create", idempotencyKey), body);
    }

    private <A extends EnterpriseApplication, D, P extends FieldProblem> Response create(FormKind<A, D, P> form, String token,
                                                                                     String body) {
        A application = saved(form, form.service().save(null, 0, token, details(form, body), WorkflowAction.SAVE_DRAFT));
        return answer(Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(application.getId())).build()),
                form, application);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "读取一份申请 / read one application",
            description = "字段、状态、编号、办理记录、退回原因与标注、可做的操作、附件 / fields, status, number, history, "
                    + "return reason and marks, allowed actions, attachments")
    @APIResponse(responseCode = "200", description = "申请 / the application; ETag is its version",
            headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Application")))
    @APIResponse(responseCode = "403", ref = "403")
    @APIResponse(responseCode = "404", ref = "404")
    public Response read(@Parameter(description = "申请的 id / the application's id", example = "1001") @PathParam("id") long id) {
        return read(form(), id);
    }

    private <A extends EnterpriseApplication, D, P extends FieldProblem> Response read(FormKind<A, D, P> form, long id) {
        return answer(Response.ok(), form, form.service().find(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "修改草稿或退回的申请 / update a draft or a returned application (暂存)",
            description = "需 If-Match（读取时的 ETag）；期间被修改则 412 / needs If-Match with the ETag read; 412 when it changed meanwhile")
    @APIResponse(responseCode = "200", description = "已暂存 / saved",
            headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Application")))
    @APIResponse(responseCode = "400", ref = "400")
    @APIResponse(responseCode = "403", ref = "403")
    @APIResponse(responseCode = "404", ref = "404")
    @APIResponse(responseCode = "409", ref = "409")
    @APIResponse(responseCode = "412", ref = "412")
    @APIResponse(responseCode = "415", ref = "415")
    @APIResponse(responseCode = "422", ref = "422")
    @APIResponse(responseCode = "428", ref = "428")
    public Response update(
            @Parameter(description = "申请的 id / the application's id", example = "1001") @PathParam("id") long id,
            @Parameter(description = "读取时的 ETag / the ETag read", required = true, example = "\"1\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(description = "该类申请的全部字段 / all the kind's fields (replaces them)", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = {RegistrationDetails.class,
                            CardDetails.class, MofcomDetails.class, CustomsFilingDetails.class, ForexFilingDetails.class,
                            OperatorDetails.class})))
            String body) {
        Long version = ifMatch(ifMatch);
        if (version == null) {
            throw refusal(Problem.PRECONDITION_REQUIRED, "if-match-required", "api.problem.ifMatchRequired");
        }
        return update(form(), id, version, body);
    }

    private <A extends EnterpriseApplication, D, P extends FieldProblem> Response update(FormKind<A, D, P> form, long id,
                                                                                     long version, String body) {
        D details = details(form, body);
        form.service().find(id);
        saved(form, form.service().save(id, version, UUID.randomUUID().toString(), details, WorkflowAction.SAVE_DRAFT));
        return read(form, id);
    }

    @POST
    @Path("{id}/declaration")
    @Operation(summary = "申报 / declare the stored application",
            description = "必须带 Idempotency-Key：同一个键再发返回同一结果，不会第二次申报；已申报后换一个键则 409 / "
                    + "Idempotency-Key is required: the same key again gives the same answer and never a second "
                    + "declaration; another key once declared is 409")
    @APIResponse(responseCode = "200", description = "已申报 / declared (or, for a filing approved at once, approved)",
            headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Application")))
    @APIResponse(responseCode = "400", ref = "400")
    @APIResponse(responseCode = "403", ref = "403")
    @APIResponse(responseCode = "404", ref = "404")
    @APIResponse(responseCode = "409", ref = "409")
    @APIResponse(responseCode = "412", ref = "412")
    @APIResponse(responseCode = "422", ref = "422")
    @APIResponse(responseCode = "503", ref = "503")
    public Response declare(
            @Parameter(description = "申请的 id / the application's id", example = "1001") @PathParam("id") long id,
            @Parameter(description = "本次申报的唯一键（1–255 字符）/ this declaration's key (1–255 characters)",
                    required = true, example = "erp-4711-declare") @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @Parameter(description = "可选：读取时的 ETag / optional: the ETag read", example = "\"2\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        if (idempotencyKey == null) {
            throw refusal(400, "idempotency-key-required", "api.problem.idempotencyKeyRequired");
        }
        return declare(form(), id, token("declare", idempotencyKey), ifMatch(ifMatch));
    }

    private <A extends EnterpriseApplication, D, P extends FieldProblem> Response declare(FormKind<A, D, P> form, long id,
                                                                                      String token, Long version) {
        A stored = form.service().find(id);
        saved(form, form.service().save(id, version == null ? stored.getVersion() : version, token,
                form.detailsOf(stored), WorkflowAction.DECLARE));
        return read(form, id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "删除草稿 / delete a draft", description = "只能删除草稿，同页面 / drafts only, as on the pages")
    @APIResponse(responseCode = "204", description = "已删除 / deleted")
    @APIResponse(responseCode = "400", ref = "400")
    @APIResponse(responseCode = "403", ref = "403")
    @APIResponse(responseCode = "404", ref = "404")
    @APIResponse(responseCode = "409", ref = "409")
    @APIResponse(responseCode = "412", ref = "412")
    public Response delete(
            @Parameter(description = "申请的 id / the application's id", example = "1001") @PathParam("id") long id,
            @Parameter(description = "可选：读取时的 ETag / optional: the ETag read", example = "\"1\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Long version = ifMatch(ifMatch);
        form().service().delete(id, version == null ? form().service().find(id).getVersion() : version);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "上传附件 / upload an attachment",
            description = "与页面相同的检查：4 MB 以内，按内容识别 PDF/JPEG/PNG，单据类型取自该类申请的附件面板 / "
                    + "the page's checks: under 4 MB, PDF/JPEG/PNG by content, a document type the kind's panel offers")
    @APIResponse(responseCode = "201", description = "已上传 / stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Attachment")))
    @APIResponse(responseCode = "400", ref = "400")
    @APIResponse(responseCode = "403", ref = "403")
    @APIResponse(responseCode = "404", ref = "404")
    @APIResponse(responseCode = "409", ref = "409")
    @APIResponse(responseCode = "413", ref = "413")
    @APIResponse(responseCode = "415", ref = "415")
    @APIResponse(responseCode = "422", ref = "422")
    public Response upload(
            @Parameter(description = "申请的 id / the application's id", example = "1001") @PathParam("id") long id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
                    schema = @Schema(implementation = UploadForm.class)))
            @FormParam("file") EntityPart file,
            @FormParam("documentType") String documentType) throws IOException {
        EnterpriseApplication application = form().service().find(id);
        if (!AttachmentService.holdsAttachments(application.kind())) {
            throw refusal(404, "not-found", "api.problem.notFound");
        }
        if (file == null) {
            throw refusal(Problem.UNPROCESSABLE_CONTENT, "attachment-empty", AttachmentRefusedException.Reason.EMPTY.bundleKey());
        }
        byte[] content;
        try (InputStream in = file.getContent()) {
            // one byte over the rules' limit is enough for the service to refuse it with the page's message
            content = in.readNBytes((int) AttachmentRules.SIZE_LIMIT + 1);
        }
        Attachment stored = attachmentService.upload(application.kind(), id, documentType,
                file.getFileName().orElse("upload"), content);
        return Response.created(uri.getBaseUriBuilder().path("v1/attachments/" + stored.getId()).build())
                .entity(AttachmentView.of(stored, uri.getBaseUri().getPath())).build();
    }

    /** The stored application of a save, or the kind's problems as a 422 in the caller's language. */
    private <A extends EnterpriseApplication, P extends FieldProblem> A saved(FormKind<A, ?, P> form, SaveOutcome<P> outcome) {
        if (!outcome.saved()) {
            throw ApiRefusal.of(ApiProblems.fieldProblems(language(), form.messagePrefix(), outcome.problems()));
        }
        return form.service().find(outcome.id());
    }

    private <A extends EnterpriseApplication, D, P extends FieldProblem> Response answer(
            Response.ResponseBuilder builder, FormKind<A, D, P> form, A application) {
        return builder.tag(EntityTags.of(application.getVersion()))
                .entity(views.of(form, application, language(), uri.getBaseUri().getPath())).build();
    }

    private ApiKind apiKind() {
        // the path's pattern lets only the kinds' own segments through; read here, not as an annotated field: the document's scanner fails on path parameters of fields
        return ApiKind.byPath(uri.getPathParameters().getFirst("kind")).orElseThrow(NotFoundException::new);
    }

    private FormKind<?, ?, ?> form() {
        return kinds.of(apiKind());
    }

    /** The version an If-Match names, null without one; 400 for a tag that names none. */
    private Long ifMatch(String header) {
        try {
            return EntityTags.versionOf(header);
        } catch (IllegalArgumentException e) {
            throw refusal(400, "invalid-if-match", "api.problem.ifMatch");
        }
    }

    private <D> D details(FormKind<?, D, ?> form, String body) {
        try {
            D details = body == null || body.isBlank() ? null : JSON.fromJson(body, form.detailsType());
            if (details != null) {
                return details;
            }
        } catch (JsonbException e) {
            // the text says what was wrong in the caller's language; the parser's message may name classes
        }
        throw refusal(400, "malformed-json", "api.problem.malformedJson");
    }

    private String token(String purpose, String key) {
        String token = IdempotencyKeys.token(security.getUserPrincipal().getName(), purpose, key);
        if (token == null) {
            throw refusal(400, "invalid-idempotency-key", "api.problem.idempotencyKey", IdempotencyKeys.MAX_LENGTH);
        }
        return token;
    }

    private ApiRefusal refusal(int status, String code, String key, Object... arguments) {
        return ApiRefusal.of(ApiProblems.of(language(), status, code, key, arguments));
    }

    private ApiLanguage language() {
        return ApiLanguage.from(headers);
    }
}
