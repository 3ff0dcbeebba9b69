package cn.eport.onboarding.declaration.sealed;

/** A sealed PDF with its bytes, for the download servlet. */
public record SealedDownload(SealedDeclaration sealed, byte[] content) {

    public SealedDownload {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
