package dev.accord.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of Accord, filtered into the jar at build time. Not part of the API. */
public final class AccordVersion {

    private AccordVersion() {
    }

    /** Holds the version, read from the jar on first use. */
    private static final class Holder {
        static final String VERSION = load();
    }

    /**
     * Returns the version, e.g. {@code 0.1.0-SNAPSHOT}.
     *
     * @throws UncheckedIOException if the version resource is missing from the jar
     */
    public static String get() {
        return Holder.VERSION;
    }

    private static String load() {
        Properties p = new Properties();
        try (InputStream in = AccordVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IOException("dev/accord/internal/version.properties missing from the jar");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }
}
