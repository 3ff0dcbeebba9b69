package cn.eport.onboarding.batch.control;

import java.lang.management.ManagementFactory;

/**
 * This server in a cluster (its instance name) and this run of its JVM (the JVM's start time):
 * an execution recorded with this server's name and an earlier JVM died with that JVM.
 */
public final class ServerIdentity {

    private ServerIdentity() {
    }

    public static String serverName() {
        return System.getProperty("com.sun.aas.instanceName", "server");
    }

    public static long jvmStarted() {
        return ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
