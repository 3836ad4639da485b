package dev.accord.cli;

import dev.accord.core.text.Language;
import dev.accord.io.InvalidInputException;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The pairs of a batch, read from a manifest or paired by name in a folder; immutable.
 *
 * <p><b>Manifest</b>: a UTF-8 text file, one pair a line, {@code source<TAB>target} or
 * {@code source<TAB>target<TAB>name}; paths are relative to the manifest's folder; blank lines
 * and lines starting with {@code #} are skipped, except a first line such as
 * {@code #source=de<TAB>target=fr} (or {@code # source=de target=fr}), which names the languages.
 * A pair without a name is named after its source file without its extension and language code
 * ({@code a/x.nl.txt} → {@code x}).
 *
 * <p><b>Folder</b>: the files named {@code STEM.LANG.EXT} or {@code STEM.LANG} ({@code x.nl.txt},
 * {@code x.fr.txt}) directly in the folder, paired by stem; the pair is named after the stem. A
 * stem with only one of the two languages becomes a pair that fails, so that it is reported. The
 * languages are the options' or, without options, the folder's when it holds exactly two (Dutch
 * before French when those are the two; otherwise name the source with {@code --source-lang}).
 *
 * <p>Pairs come in a fixed order: the manifest's, or by name for a folder.
 *
 * @param pairs the pairs, in order
 * @param missing for a folder, the stems that have only one side, each with the reason
 */
record BatchPlan(List<BatchPair> pairs, Map<String, String> missing) {

    /** {@code STEM.LANG.EXT} or {@code STEM.LANG}: the language code is two or three letters. */
    private static final Pattern PAIRED_NAME = Pattern.compile("(.+?)\\.([A-Za-z]{2,3})(\\.[^.]+)?");

    /** The header of a manifest: {@code source=de}, {@code target=fr}, separated by tabs or spaces. */
    private static final Pattern HEADER_ITEM = Pattern.compile("(source|target)\\s*=\\s*([A-Za-z]{2,3})");

    BatchPlan {
        pairs = List.copyOf(pairs);
        missing = Map.copyOf(missing);
    }

    /** Languages given on the command line, either or both absent. */
    record Languages(Optional<Language> source, Optional<Language> target) {
        static Languages of(PairLanguages options) {
            return new Languages(Optional.ofNullable(options.source), Optional.ofNullable(options.target));
        }
    }

    /**
     * Reads the plan of {@code input}: a manifest file or a folder.
     *
     * @throws InvalidInputException if the manifest or folder cannot be read or is malformed (a
     *     bad line, a name used twice, no pair at all)
     * @throws IllegalArgumentException if the languages are not clear (options that disagree with
     *     the manifest's header, a folder of other than two languages without options)
     */
    static BatchPlan read(Path input, Languages options) throws InvalidInputException {
        if (Files.isDirectory(input)) {
            return folder(input, options);
        }
        if (!Files.isRegularFile(input)) {
            throw new InvalidInputException(input, "no such file or folder");
        }
        return manifest(input, options);
    }

    private static BatchPlan manifest(Path manifest, Languages options) throws InvalidInputException {
        List<String> lines;
        try {
            lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new InvalidInputException(manifest, "is not valid UTF-8", e);
        } catch (IOException e) {
            throw new InvalidInputException(manifest, "cannot be read: " + e.getMessage(), e);
        }
        Path base = manifest.getParent();
        Language source = null;
        Language target = null;
        List<BatchPair> pairs = new ArrayList<>();
        Map<String, Integer> lineOfName = new HashMap<>();
        boolean first = true;
        boolean resolved = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                if (first) {
                    Matcher m = HEADER_ITEM.matcher(line);
                    while (m.find()) {
                        Language l = language(manifest, i, m.group(2));
                        if (m.group(1).equals("source")) {
                            source = l;
                        } else {
                            target = l;
                        }
                    }
                }
                first = false;
                continue;
            }
            first = false;
            if (!resolved) {
                source = agreed(options.source(), source, "source", manifest);
                target = agreed(options.target(), target, "target", manifest);
                resolved = true;
            }
            String[] fields = lines.get(i).split("\t", -1);
            if (fields.length < 2 || fields.length > 3 || fields[0].isBlank() || fields[1].isBlank()) {
                throw new InvalidInputException(manifest, "line " + (i + 1)
                        + ": expected source<TAB>target or source<TAB>target<TAB>name, got '" + shorten(line) + "'");
            }
            Path s = resolve(base, fields[0].strip());
            Path t = resolve(base, fields[1].strip());
            String name = fields.length == 3 && !fields[2].isBlank() ? fields[2].strip() : stem(s);
            String problem = BatchPair.nameProblem(name);
            if (problem != null) {
                throw new InvalidInputException(manifest, "line " + (i + 1) + ": output name '" + name + "' " + problem);
            }
            Integer earlier = lineOfName.putIfAbsent(name.toLowerCase(Locale.ROOT), i + 1);
            if (earlier != null) {
                throw new InvalidInputException(manifest, "line " + (i + 1) + ": output name '" + name
                        + "' is already used on line " + earlier + "; give one of them a name in a third column");
            }
            pairs.add(new BatchPair(name, s, or(source, PairLanguages.DEFAULT_SOURCE), t,
                    or(target, PairLanguages.DEFAULT_TARGET)));
        }
        if (pairs.isEmpty()) {
            throw new InvalidInputException(manifest, "lists no pair: expected lines of source<TAB>target[<TAB>name]");
        }
        return new BatchPlan(pairs, Map.of());
    }

    private static Path resolve(Path base, String path) {
        return base == null ? Path.of(path) : base.resolve(path);
    }

    private static Language agreed(Optional<Language> option, Language header, String side, Path manifest) {
        if (option.isPresent() && header != null && option.get() != header) {
            throw new IllegalArgumentException("--" + side + "-lang " + option.get() + " disagrees with the "
                    + side + " language " + header + " that " + manifest + " names in its header");
        }
        return option.orElse(header);
    }

    private static Language language(Path manifest, int line, String code) throws InvalidInputException {
        try {
            return Language.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(manifest, "line " + (line + 1) + ": " + e.getMessage());
        }
    }

    private static BatchPlan folder(Path dir, Languages options) throws InvalidInputException {
        // stem -> language -> file
        Map<String, Map<Language, Path>> byStem = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String fileName = f.getFileName().toString();
                Matcher m = PAIRED_NAME.matcher(fileName);
                if (fileName.startsWith(".") || !Files.isRegularFile(f) || !m.matches()) {
                    continue;
                }
                Optional<Language> l = code(m.group(2));
                if (l.isPresent()) {
                    byStem.computeIfAbsent(m.group(1), k -> new TreeMap<>()).merge(l.get(), f,
                            (a, b) -> a);  // x.nl.txt before x.nl.md: the first in name order wins
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException(dir, "cannot be listed: " + e.getMessage(), e);
        }
        Set<Language> present = EnumSet.noneOf(Language.class);
        byStem.values().forEach(m -> present.addAll(m.keySet()));
        Language[] languages = folderLanguages(dir, present, options);
        List<BatchPair> pairs = new ArrayList<>();
        Map<String, String> missing = new TreeMap<>();
        for (Map.Entry<String, Map<Language, Path>> e : byStem.entrySet()) {
            Path s = e.getValue().get(languages[0]);
            Path t = e.getValue().get(languages[1]);
            String problem = BatchPair.nameProblem(e.getKey());
            if ((s != null || t != null) && problem != null) {
                missing.put(e.getKey(), "output name '" + e.getKey() + "' " + problem + "; rename the files");
            } else if (s != null && t != null) {
                pairs.add(new BatchPair(e.getKey(), s, languages[0], t, languages[1]));
            } else if (s != null || t != null) {
                Path one = s != null ? s : t;
                Language other = s != null ? languages[1] : languages[0];
                missing.put(e.getKey(), one.getFileName() + ": no " + other.englishName() + " file beside it (expected "
                        + e.getKey() + "." + other.iso639_1() + ".*)");
            }
        }
        if (pairs.isEmpty() && missing.isEmpty()) {
            throw new InvalidInputException(dir, "holds no pair of files named like x." + languages[0].iso639_1()
                    + ".txt and x." + languages[1].iso639_1() + ".txt");
        }
        return new BatchPlan(pairs, missing);
    }

    private static Language[] folderLanguages(Path dir, Set<Language> present, Languages options) {
        Optional<Language> s = options.source();
        Optional<Language> t = options.target();
        if (s.isPresent() && t.isPresent()) {
            return new Language[] {s.get(), t.get()};
        }
        if (present.size() == 2) {
            List<Language> two = List.copyOf(present);  // enum order: nl, fr, de, en
            if (s.isPresent() || t.isPresent()) {
                Language given = s.orElseGet(t::get);
                Language other = two.get(0) == given ? two.get(1) : two.get(0);
                if (present.contains(given)) {
                    return s.isPresent() ? new Language[] {given, other} : new Language[] {other, given};
                }
            } else if (present.equals(EnumSet.of(Language.NL, Language.FR))) {
                return new Language[] {Language.NL, Language.FR};
            } else {
                throw new IllegalArgumentException(dir + " holds " + two.get(0).englishName() + " and "
                        + two.get(1).englishName() + " files: name the source language with --source-lang");
            }
        }
        if (present.isEmpty() && s.isEmpty() && t.isEmpty()) {
            return new Language[] {PairLanguages.DEFAULT_SOURCE, PairLanguages.DEFAULT_TARGET};
        }
        if (s.isPresent() || t.isPresent()) {
            throw new IllegalArgumentException(dir + " holds files in " + names(present)
                    + ": name both languages with --source-lang and --target-lang");
        }
        throw new IllegalArgumentException(dir + " holds files in " + names(present)
                + ": name the two to pair with --source-lang and --target-lang");
    }

    private static String names(Set<Language> languages) {
        return languages.stream().map(Language::englishName).toList().toString();
    }

    private static Optional<Language> code(String code) {
        try {
            return Optional.of(Language.fromCode(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Returns the file name of {@code file} without its extension and a language code before it. */
    static String stem(Path file) {
        String name = file.getFileName().toString();
        Matcher m = PAIRED_NAME.matcher(name);
        if (m.matches() && code(m.group(2)).isPresent()) {
            return m.group(1);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Language or(Language l, Language fallback) {
        return l == null ? fallback : l;
    }

    private static String shorten(String line) {
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }
}
