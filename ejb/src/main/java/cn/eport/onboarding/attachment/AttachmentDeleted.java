package cn.eport.onboarding.attachment;

import cn.eport.onboarding.workflow.ApplicationKind;

import java.time.Instant;

/** CDI event: the owner deleted a stored application's attachment (also to replace it), in that transaction. */
public record AttachmentDeleted(ApplicationKind kind, Long applicationId, Long attachmentId, String actor, Instant at) {
}
