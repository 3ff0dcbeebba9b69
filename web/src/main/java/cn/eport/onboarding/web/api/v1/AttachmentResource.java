package cn.eport.onboarding.web.api.v1;

import cn.eport.onboarding.attachment.AttachmentDownload;
import cn.eport.onboarding.attachment.AttachmentService;
import cn.eport.onboarding.web.attachment.ContentDisposition;
import cn.eport.onboarding.web.attachment.FileDownload;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/attachments/{id}}: download one of the enterprise's files (audited by the service, as
 * the page's download is) and delete one while its application may be changed. Uploads are under the
 * application ({@link ApplicationResource#upload}).
 */
@Path("v1/attachments")
@RequestScoped
@Tag(name = "attachments", description = "附件下载与删除 / downloading and deleting attachments")
@SecurityRequirement(name = "bearer")
public class AttachmentResource {

    @Inject
    private AttachmentService attachments;

    @GET
    @Path("{id}")
    @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @Operation(summary = "下载附件 / download an attachment")
    @APIResponse(responseCode = "200", description = "文件 / the file",
            content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "401", ref = "401")
    @APIResponse(responseCode = "403", ref = "403")
    @APIResponse(responseCode = "404", ref = "404")
    public Response download(@Parameter(description = "附件 id / the attachment's id", example = "501") @PathParam("id") long id) {
        AttachmentDownload download = attachments.download(id);
        return Response.ok(download.content(), download.attachment().getMediaType())
                .header("Content-Disposition", ContentDisposition.attachment(download.attachment().getDisplayName()))
                .header("Cache-Control", FileDownload.CACHE_CONTROL)
                .build();
    }

    @DELETE
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "删除附件 / delete an attachment",
            description = "仅当申请为草稿或已退回 / only while its application is a draft or returned")
    @APIResponse(responseCode = "204", description = "已删除 / deleted")
    @APIResponse(responseCode = "401", ref = "401")
    @APIResponse(responseCode = "403", ref = "403")
    @APIResponse(responseCode = "404", ref = "404")
    @APIResponse(responseCode = "409", ref = "409")
    public Response delete(@Parameter(description = "附件 id / the attachment's id", example = "501") @PathParam("id") long id) {
        attachments.delete(id);
        return Response.noContent().build();
    }
}
