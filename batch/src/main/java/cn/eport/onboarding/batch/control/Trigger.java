package cn.eport.onboarding.batch.control;

/** How a run of a job was asked for (recorded with who asked, shown on the console). */
public enum Trigger {
    CONSOLE, COMMAND_LINE, SCHEDULE, RESTART
}
