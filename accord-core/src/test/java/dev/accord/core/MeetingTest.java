package dev.accord.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MeetingTest {

    @Test
    void holdsEventAndPlace() {
        Meeting m = new Meeting("RSA Conference", "San Francisco");
        assertEquals("RSA Conference", m.event());
        assertEquals("San Francisco", m.place());
    }

    @Test
    void rejectsBlankEventOrPlaceNamingWhich() {
        assertEquals("meeting event must not be blank, got ' '", assertThrows(IllegalArgumentException.class,
                () -> new Meeting(" ", "San Francisco")).getMessage());
        assertEquals("meeting place must not be blank, got ''", assertThrows(IllegalArgumentException.class,
                () -> new Meeting("RSA Conference", "")).getMessage());
    }

    @Test
    void rejectsNullEventOrPlace() {
        assertEquals("event", assertThrows(NullPointerException.class, () -> new Meeting(null, "x")).getMessage());
        assertEquals("place", assertThrows(NullPointerException.class, () -> new Meeting("x", null)).getMessage());
    }
}
