package cn.eport.onboarding.batch.control;

import cn.eport.onboarding.persistence.DatabaseMigrator;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The nightly schedule of each job: one persistent EJB timer per enabled job, created from
 * the configuration ({@link DailySchedule}) at start-up and replaced when the configuration
 * differs. Persistent timers live in the server's timer store and fire on one instance of a
 * cluster sharing it; in addition each firing is taken through a row in {@code batch_schedule_fire}
 * (job and day), so that even two servers whose timers both fire start the job once. A firing that
 * finds the job running is recorded as refused, not queued (docs/adr/0021-batch-jobs.md).
 */
@Singleton
@Startup
@Lock(LockType.READ)
public class JobSchedule {

    /** Who the runs of the schedule are recorded as started by. */
    public static final String SCHEDULE_USER = "schedule";
    private static final Logger LOG = Logger.getLogger(JobSchedule.class.getName());
    private static final Map<String, String> DEFAULT_TIMES = Map.of(
            BatchJobs.CODE_TABLE_SYNC, "01:30", BatchJobs.REVIEW_RECONCILE, "02:30", BatchJobs.HOUSEKEEPING, "03:30");

    /** A job's schedule for the console: the configuration (or why it is invalid) and the next fire time. */
    public record Entry(String jobName, DailySchedule schedule, String invalidReason, ZonedDateTime nextFire) {

        public boolean enabled() {
            return schedule != null && schedule.enabled();
        }
    }

    @Resource
    private TimerService timers;

    @EJB
    private JobStarter starter;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @Inject
    private Clock clock;

    private final Map<String, Entry> configured = new LinkedHashMap<>();

    @PostConstruct
    void schedule() {
        Config config = ConfigProvider.getConfig();
        Map<String, Timer> existing = new HashMap<>();
        for (Timer timer : timers.getTimers()) {
            String info = String.valueOf(timer.getInfo());
            if (existing.putIfAbsent(info, timer) != null) {
                timer.cancel(); // a duplicate (e.g. left by an earlier deployment)
            }
        }
        for (String job : BatchJobs.ALL) {
            Optional<DailySchedule> schedule = read(config, job);
            Timer timer = schedule.filter(DailySchedule::enabled).map(s -> existing.remove(s.timerInfo()))
                    .orElse(null);
            if (timer == null && schedule.map(DailySchedule::enabled).orElse(false)) {
                timer = create(schedule.get());
            }
            configured.put(job, new Entry(job, schedule.orElse(null), schedule.isEmpty() ? invalid(config, job) : null,
                    timer == null ? null : next(timer)));
        }
        // timers of an earlier configuration (another time, or a job now off)
        existing.values().forEach(Timer::cancel);
    }

    /** The job's configured schedule and next fire time. */
    public Entry entry(String jobName) {
        Entry entry = configured.get(jobName);
        if (entry == null || entry.schedule() == null || !entry.enabled()) {
            return entry;
        }
        return new Entry(jobName, entry.schedule(), null, entry.schedule().nextFire(clock.instant()).orElse(null));
    }

    @Timeout
    void fire(Timer timer) {
        String job = DailySchedule.jobOfTimerInfo(String.valueOf(timer.getInfo()));
        Entry entry = configured.get(job);
        if (entry == null || !entry.enabled()) {
            return;
        }
        if (!take(job, entry.schedule().slot(clock.instant()))) {
            LOG.info(() -> "Scheduled run of " + job + " already taken by another server");
            return;
        }
        try {
            // JobStarter runs outside this timer's transaction (Payara #4353)
            long execution = starter.start(job, new Properties(), SCHEDULE_USER, Trigger.SCHEDULE);
            LOG.info(() -> "Scheduled run of " + job + " started: execution " + execution);
        } catch (JobRefusedException refused) {
            LOG.warning(() -> "Scheduled run of " + job + " refused (recorded): " + refused.refusal());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Scheduled run of " + job + " could not start", e);
        }
    }

    /** Takes the firing for this server; false when another server took it. */
    private boolean take(String job, String slot) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO batch_schedule_fire (job_name, fire_slot, fired_at) VALUES (?, ?, ?)")) {
            insert.setString(1, job);
            insert.setString(2, slot);
            insert.setTimestamp(3, Timestamp.from(clock.instant()));
            insert.executeUpdate();
            return true;
        } catch (SQLException duplicate) {
            return false;
        }
    }

    private Timer create(DailySchedule schedule) {
        ScheduleExpression daily = new ScheduleExpression().hour(schedule.time().getHour())
                .minute(schedule.time().getMinute()).second(0).timezone(DailySchedule.BEIJING.getId());
        LOG.info(() -> "Scheduling job " + schedule.jobName() + " daily at " + schedule.timeText() + " (Asia/Shanghai)");
        return timers.createCalendarTimer(daily, new TimerConfig(schedule.timerInfo(), true));
    }

    private static Optional<DailySchedule> read(Config config, String job) {
        try {
            return Optional.of(parse(config, job));
        } catch (IllegalArgumentException e) {
            LOG.severe("Job " + job + " is not scheduled: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static String invalid(Config config, String job) {
        try {
            parse(config, job);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static DailySchedule parse(Config config, String job) {
        return DailySchedule.of(job,
                config.getOptionalValue("eport.batch." + job + ".schedule", String.class).orElse(DEFAULT_TIMES.get(job)),
                config.getOptionalValue("eport.batch." + job + ".enabled", String.class).orElse("true"));
    }

    private static ZonedDateTime next(Timer timer) {
        return timer.getNextTimeout().toInstant().atZone(DailySchedule.BEIJING);
    }
}
