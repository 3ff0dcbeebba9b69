package cn.eport.onboarding.web.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiLanguageTest {

    @Test
    void chineseUnlessEnglishIsPreferred() {
        assertEquals(ApiLanguage.CHINESE, ApiLanguage.of(null));
        assertEquals(ApiLanguage.CHINESE, ApiLanguage.of(""));
        assertEquals(ApiLanguage.CHINESE, ApiLanguage.of("zh-CN,zh;q=0.9,en;q=0.8"));
        assertEquals(ApiLanguage.CHINESE, ApiLanguage.of("fr"));
        assertEquals(ApiLanguage.CHINESE, ApiLanguage.of("not a ;;; language=="));
        assertEquals(ApiLanguage.ENGLISH, ApiLanguage.of("en"));
        assertEquals(ApiLanguage.ENGLISH, ApiLanguage.of("en-US,en;q=0.9,zh;q=0.5"));
        assertEquals(ApiLanguage.ENGLISH, ApiLanguage.of("fr, en;q=0.5"));
    }

    @Test
    void textsComeFromThePagesBundle() {
        assertTrue(ApiLanguage.CHINESE.text("api.problem.token").startsWith("需要有效的 API 令牌"));
        assertTrue(ApiLanguage.ENGLISH.text("api.problem.token").startsWith("A valid API token"));
    }
}
