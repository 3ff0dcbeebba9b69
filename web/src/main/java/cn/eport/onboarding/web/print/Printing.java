package cn.eport.onboarding.web.print;

import cn.eport.onboarding.web.format.Formats;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;

/** What the header of a printed application says besides the application (tag e:printHeader, F-17). */
@Named
@RequestScoped
public class Printing {

    @Inject
    private Clock clock;

    @Inject
    private Formats formats;

    private Instant now;

    /** When the page was made, in Beijing time as every page shows times: the time the form is printed from. */
    public String getPrintedAt() {
        if (now == null) {
            now = clock.instant();
        }
        return formats.dateTime(now);
    }
}
