package cn.eport.onboarding.web;

import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Switches MicroProfile Fault Tolerance on for the application. Payara activates it only for an
 * application whose WAR holds a Fault Tolerance annotation (its MicroProfile sniffers accept .war
 * modules only), and then its interceptors serve every module of the EAR: the beans that use it,
 * {@code DirectoryCalls} (ejb) and {@code HttpDownloads} (batch), live outside this WAR. Not a CDI
 * bean, never called: the annotation is all that counts (HttpDirectoryAdaptersIT fails without it).
 */
@Retry(maxRetries = 0)
final class FaultToleranceActivation {

    private FaultToleranceActivation() {
    }
}
