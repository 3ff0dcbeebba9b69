package cn.eport.onboarding.web.api.v1;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The parts of an upload, for the API's document only. */
@Schema(name = "AttachmentUpload", description = "multipart/form-data",
        example = "{\"documentType\": \"01\", \"file\": \"营业执照.pdf\"}")
public class UploadForm {

    @Schema(type = SchemaType.STRING, format = "binary", description = "文件（PDF、JPEG 或 PNG，4 MB 以内）/ the file", required = true)
    public String file;

    @Schema(description = "单据类型代码 / the document type code the panel offers", example = "01", required = true)
    public String documentType;
}
