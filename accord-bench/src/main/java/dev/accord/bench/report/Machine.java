package dev.accord.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The machine a summary is printed on: processor, cores, memory and operating system, so that
 * figures are never read without their context.
 *
 * @param cpu the processor model, or {@code unknown processor} where the system does not say
 * @param cores the processors available to the JVM
 * @param memoryBytes the physical memory, or -1 if unknown
 * @param os the operating system name, version and architecture
 */
record Machine(String cpu, int cores, long memoryBytes, String os) {

    /** Describes the machine this JVM runs on; on Linux the processor and memory come from {@code /proc}. */
    static Machine current() {
        String cpu = procField("/proc/cpuinfo", "model name");
        String memory = procField("/proc/meminfo", "MemTotal");
        long bytes = -1;
        if (memory != null && memory.endsWith(" kB")) {
            try {
                bytes = Long.parseLong(memory.substring(0, memory.length() - 3).strip()) * 1024;
            } catch (NumberFormatException ignored) {
                bytes = -1;
            }
        }
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
        return new Machine(cpu == null ? "unknown processor" : cpu, Runtime.getRuntime().availableProcessors(), bytes, os);
    }

    /** Returns the value of the first {@code name: value} line of a {@code /proc} file, or null. */
    private static String procField(String file, String name) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
            for (String line : lines) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).strip().equals(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /** Returns e.g. {@code Intel(R) Xeon(R) ..., 2 cores, 23.5 GiB, Linux 6.8 amd64}. */
    @Override
    public String toString() {
        String memory = memoryBytes < 0 ? "unknown memory"
                : String.format(Locale.ROOT, "%.1f GiB", memoryBytes / (1024.0 * 1024 * 1024));
        return cpu + ", " + cores + " cores, " + memory + ", " + os;
    }
}
