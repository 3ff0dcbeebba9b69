package cn.eport.onboarding.operator;

import java.util.Locale;
import java.util.Optional;

/** 性别 of an operator, as its ID document states it (the 17th digit of an 18-digit resident ID: odd for men). */
public enum Gender {
    MALE("男"),
    FEMALE("女");

    private final String chinese;

    Gender(String chinese) {
        this.chinese = chinese;
    }

    /** The Chinese word (男, 女) that files and the real form use. */
    public String chinese() {
        return chinese;
    }

    /** A gender as people write it: 男/女, M/F, MALE/FEMALE (any case); empty for anything else. */
    public static Optional<Gender> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (Gender g : values()) {
            if (g.chinese.equals(t) || g.name().equals(t) || g.name().substring(0, 1).equals(t)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
