package cn.eport.onboarding.autosave;

import java.time.Instant;

/** A kept input a form offers to restore: which one and when it was kept (its content is read on restore only). */
public record KeptInput(long id, Instant savedAt) implements java.io.Serializable {
}
