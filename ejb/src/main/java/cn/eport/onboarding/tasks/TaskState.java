package cn.eport.onboarding.tasks;

/** Where an enterprise stands with one function. */
public enum TaskState {
    /** The function is not built yet: nothing can be done with it (shown greyed). */
    NOT_OPEN,
    /** Its precondition is not met yet (shown greyed, with the precondition). */
    CANNOT_START,
    /** It can be started: no application yet. */
    NOT_STARTED,
    /** There is an application; its status says how far it is. */
    STARTED;

    /** Greyed rows: the user cannot act on the function now. */
    public boolean greyed() {
        return this == NOT_OPEN || this == CANNOT_START;
    }
}
