package cn.eport.onboarding.review.marks;

import cn.eport.onboarding.workflow.ApplicationKind;

import java.io.Serializable;

/** One application of an enterprise, as the key of its count of open marks. */
public record MarkedApplication(ApplicationKind kind, Long id) implements Serializable {
}
