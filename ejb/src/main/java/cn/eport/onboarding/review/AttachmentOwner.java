package cn.eport.onboarding.review;

import cn.eport.onboarding.workflow.ApplicationKind;

import java.io.Serializable;

/**
 * The application whose certificate scans the review console shows with an application: the
 * application itself, or for a filing its enterprise's approved 三证合一 record.
 *
 * @param own whether it is the reviewed application itself
 */
public record AttachmentOwner(ApplicationKind kind, Long id, boolean own) implements Serializable {
}
