package cn.eport.onboarding.attachment;

/** An attachment's metadata with its content, for the download servlet. */
public record AttachmentDownload(Attachment attachment, byte[] content) {

    public AttachmentDownload {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
