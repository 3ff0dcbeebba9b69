package cn.eport.onboarding.web.i18n;

import cn.eport.onboarding.tasks.EnterpriseFunction;
import cn.eport.onboarding.tasks.NextStep;
import cn.eport.onboarding.tasks.Precondition;
import cn.eport.onboarding.tasks.TaskState;
import cn.eport.onboarding.workflow.ApplicationStatus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The home page's task list builds its keys from enum constants: each has its text in both languages. */
class TaskListMessagesTest {

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    @Test
    void everyFunctionStateStatusNextStepAndPreconditionHasItsText() {
        List<String> keys = new ArrayList<>();
        Stream.of(EnterpriseFunction.values()).forEach(f -> keys.add("home.tasks.function." + f));
        Stream.of(TaskState.values()).filter(s -> s != TaskState.STARTED).forEach(s -> keys.add("home.tasks.state." + s));
        Stream.of(ApplicationStatus.values()).forEach(s -> keys.add("status." + s));
        // greyed tasks show their reason instead of a next step
        Stream.of(NextStep.values()).filter(n -> n != NextStep.MEET_PRECONDITION && n != NextStep.WAIT_FOR_OPENING)
                .forEach(n -> keys.add("home.tasks.next." + n));
        Stream.of(Precondition.values()).filter(p -> p != Precondition.NONE).forEach(p -> keys.add("home.tasks.precondition." + p));
        ResourceBundle zh = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT, NO_FALLBACK);
        ResourceBundle en = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH, NO_FALLBACK);
        for (String key : keys) {
            assertTrue(zh.containsKey(key) && en.keySet().contains(key), key);
        }
        assertEquals("修改后重新申报", zh.getString("home.tasks.next.MODIFY_AND_DECLARE"));
        assertEquals("申报", zh.getString("status.DECLARED"), "the word of the lists");
    }
}
