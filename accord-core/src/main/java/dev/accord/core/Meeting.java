package dev.accord.core;

import java.util.Objects;

/**
 * A meeting of an accord's signatories: the event it takes place at and the place.
 *
 * @param event the name of the event, e.g. {@code RSA Conference}; not blank
 * @param place the city or venue, e.g. {@code San Francisco}; not blank
 */
public record Meeting(String event, String place) {

    /**
     * Validates the fields.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if a field is blank
     */
    public Meeting {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(place, "place");
        if (event.isBlank()) {
            throw new IllegalArgumentException("meeting event must not be blank, got '" + event + "'");
        }
        if (place.isBlank()) {
            throw new IllegalArgumentException("meeting place must not be blank, got '" + place + "'");
        }
    }
}
