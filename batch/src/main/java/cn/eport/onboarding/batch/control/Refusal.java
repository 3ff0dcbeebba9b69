package cn.eport.onboarding.batch.control;

/** Why a start, stop or restart was not done; the console and the API word each one. */
public enum Refusal {
    /** the job has an execution that is not over (one at a time, across the cluster) */
    ALREADY_RUNNING,
    /** no job of that name */
    UNKNOWN_JOB,
    /** no execution of that id */
    UNKNOWN_EXECUTION,
    /** restart: only a FAILED or STOPPED execution that is the latest of its job instance */
    NOT_RESTARTABLE,
    /** stop: the execution is over already, or runs on another server */
    NOT_RUNNING,
    /** stop, restart: started by an earlier deployment of the application, which the runtime keeps apart */
    OTHER_DEPLOYMENT
}
