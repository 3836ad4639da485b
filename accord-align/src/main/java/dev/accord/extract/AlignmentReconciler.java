package dev.accord.extract;

import dev.accord.core.Role;
import dev.accord.core.align.Alignment;
import dev.accord.core.align.Bead;
import dev.accord.core.extract.CompanyFinding;
import dev.accord.core.extract.CompanyMention;
import dev.accord.core.extract.Comparison;
import dev.accord.core.extract.Comparison.Agreement;
import dev.accord.core.extract.Comparison.Aspect;
import dev.accord.core.extract.Comparison.Disagreement;
import dev.accord.core.extract.DocumentFindings;
import dev.accord.core.extract.Fact;
import dev.accord.core.extract.PillarStatement;
import dev.accord.core.extract.Reconciliation;
import dev.accord.core.extract.Comparison.Carried;
import dev.accord.core.extract.Comparison.Side;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The default {@link Reconciler}: compares companies (roles and parent), where each company is
 * mentioned (sentence by sentence, through the beads), the sentences of each pillar, and each
 * fact's value and sentences.
 *
 * <p>Two sentence sets "match" when they touch the same beads, so a pillar stated in one source
 * sentence and in the two target sentences that translate it agrees. A company named in aligned
 * sentences of both sides with a role on one side and none on the other ({@code MENTIONED}) is
 * not a disagreement: the role is carried over ({@link Comparison.Carried}), marked as coming
 * from the translation. Messages name the sides by their languages. Stateless and thread-safe.
 */
final class AlignmentReconciler implements Reconciler {

    @Override
    public Reconciliation reconcile(Alignment alignment, DocumentFindings nl, DocumentFindings fr) {
        Objects.requireNonNull(alignment, "alignment");
        Objects.requireNonNull(nl, "nl");
        Objects.requireNonNull(fr, "fr");
        Beads beads = new Beads(alignment, nl.language().englishName(), fr.language().englishName());
        List<Comparison> out = new ArrayList<>();
        companies(nl, fr, beads, out);
        pillars(nl, fr, beads, out);
        facts(nl, fr, beads, out);
        return new Reconciliation(out);
    }

    /** Which bead each sentence of each side lies in. */
    private static final class Beads {
        private final int[] ofSource;
        private final int[] ofTarget;
        private final List<Bead> beads;

        final String src;
        final String tgt;

        Beads(Alignment a, String src, String tgt) {
            this.src = src;
            this.tgt = tgt;
            ofSource = new int[a.sourceSize()];
            ofTarget = new int[a.targetSize()];
            beads = a.beads();
            for (int b = 0; b < beads.size(); b++) {
                for (int s : beads.get(b).source()) {
                    ofSource[s] = b;
                }
                for (int t : beads.get(b).target()) {
                    ofTarget[t] = b;
                }
            }
        }

        Set<Integer> of(Side side, Collection<Integer> sentences) {
            int[] map = side == Side.SOURCE ? ofSource : ofTarget;
            Set<Integer> out = new TreeSet<>();
            for (int s : sentences) {
                if (s < 0 || s >= map.length) {
                    throw new IllegalArgumentException((side == Side.SOURCE ? src : tgt) + " sentence " + s + " is outside the alignment ("
                            + map.length + " sentences)");
                }
                out.add(map[s]);
            }
            return out;
        }

        List<Integer> counterpart(Side side, int bead) {
            return side == Side.SOURCE ? beads.get(bead).target() : beads.get(bead).source();
        }
    }

    private static void companies(DocumentFindings nl, DocumentFindings fr, Beads beads, List<Comparison> out) {
        Map<String, CompanyFinding> nlByName = byName(nl.companies(), CompanyFinding::name);
        Map<String, CompanyFinding> frByName = byName(fr.companies(), CompanyFinding::name);
        Set<String> names = new LinkedHashSet<>(nlByName.keySet());
        names.addAll(frByName.keySet());
        List<Comparison> mentions = new ArrayList<>();
        for (String name : names) {
            CompanyFinding n = nlByName.get(name);
            CompanyFinding f = frByName.get(name);
            if (n == null || f == null) {
                CompanyFinding only = n == null ? f : n;
                String side = n == null ? beads.tgt : beads.src;
                out.add(new Disagreement(Aspect.COMPANY, name, n == null ? null : describe(n), f == null ? null : describe(f),
                        n == null ? List.of() : n.sentences(), f == null ? List.of() : f.sentences(),
                        "named only in the " + side + " text (" + describe(only) + ")"));
                continue;
            }
            String nv = describe(n);
            String fv = describe(f);
            boolean aligned = !intersection(beads.of(Side.SOURCE, n.sentences()), beads.of(Side.TARGET, f.sentences())).isEmpty();
            if (nv.equals(fv)) {
                out.add(new Agreement(Aspect.COMPANY, name, nv, n.sentences(), f.sentences()));
            } else if (aligned && n.parent().equals(f.parent()) && (isMentionedOnly(n) != isMentionedOnly(f))) {
                boolean fromSource = isMentionedOnly(f);
                out.add(new Carried(Aspect.COMPANY, name, fromSource ? nv : fv, fromSource ? Side.SOURCE : Side.TARGET,
                        n.sentences(), f.sentences()));
            } else {
                out.add(new Disagreement(Aspect.COMPANY, name, nv, fv, n.sentences(), f.sentences(),
                        differences(n, f, beads)));
            }
            mentions(name, n, f, beads, mentions);
        }
        out.addAll(mentions);
    }

    private static void mentions(String name, CompanyFinding n, CompanyFinding f, Beads beads, List<Comparison> out) {
        Set<Integer> nlBeads = beads.of(Side.SOURCE, n.sentences());
        Set<Integer> frBeads = beads.of(Side.TARGET, f.sentences());
        for (int b : nlBeads) {
            if (!frBeads.contains(b)) {
                List<Integer> nlIds = n.mentions().stream().map(CompanyMention::sentence)
                        .filter(s -> beads.of(Side.SOURCE, List.of(s)).contains(b)).distinct().toList();
                List<Integer> other = beads.counterpart(Side.SOURCE, b);
                out.add(new Disagreement(Aspect.MENTION, name, "mentioned", null, nlIds, other,
                        "mentioned in " + beads.src + " sentence " + nlIds + " but not in " + beads.tgt + " " + (other.isEmpty() ? "(no aligned sentence)" : other)));
            }
        }
        for (int b : frBeads) {
            if (!nlBeads.contains(b)) {
                List<Integer> frIds = f.mentions().stream().map(CompanyMention::sentence)
                        .filter(s -> beads.of(Side.TARGET, List.of(s)).contains(b)).distinct().toList();
                List<Integer> other = beads.counterpart(Side.TARGET, b);
                out.add(new Disagreement(Aspect.MENTION, name, null, "mentioned", other, frIds,
                        "mentioned in " + beads.tgt + " sentence " + frIds + " but not in " + beads.src + " " + (other.isEmpty() ? "(no aligned sentence)" : other)));
            }
        }
        Set<Integer> shared = new TreeSet<>(nlBeads);
        shared.retainAll(frBeads);
        if (!shared.isEmpty()) {
            out.add(new Agreement(Aspect.MENTION, name, "mentioned in " + shared.size() + " aligned sentence group"
                    + (shared.size() == 1 ? "" : "s"), n.sentences(), f.sentences()));
        }
    }

    /** Returns true if the text gives a company no role: it only names it. */
    private static boolean isMentionedOnly(CompanyFinding c) {
        return c.roles().equals(Set.of(Role.MENTIONED));
    }

    private static Set<Integer> intersection(Set<Integer> a, Set<Integer> b) {
        Set<Integer> out = new TreeSet<>(a);
        out.retainAll(b);
        return out;
    }

    private static String describe(CompanyFinding c) {
        String roles = c.roles().stream().map(Role::name).collect(Collectors.joining(", "));
        return c.parent().map(p -> roles + "; parent " + p).orElse(roles);
    }

    private static String differences(CompanyFinding n, CompanyFinding f, Beads beads) {
        List<String> parts = new ArrayList<>();
        if (!n.roles().equals(f.roles())) {
            parts.add("roles differ: " + beads.src + " " + n.roles() + ", " + beads.tgt + " " + f.roles());
        }
        if (!Objects.equals(n.parent(), f.parent())) {
            parts.add("parent differs: " + beads.src + " " + n.parent().orElse("none") + ", " + beads.tgt + " " + f.parent().orElse("none"));
        }
        return String.join("; ", parts);
    }

    private static void pillars(DocumentFindings nl, DocumentFindings fr, Beads beads, List<Comparison> out) {
        Map<String, PillarStatement> nlBy = byName(nl.pillars(), p -> p.pillar().name());
        Map<String, PillarStatement> frBy = byName(fr.pillars(), p -> p.pillar().name());
        for (dev.accord.core.Pillar pillar : dev.accord.core.Pillar.values()) {
            PillarStatement n = nlBy.get(pillar.name());
            PillarStatement f = frBy.get(pillar.name());
            if (n == null && f == null) {
                continue;
            }
            List<Integer> ns = n == null ? List.of() : n.sentences();
            List<Integer> fs = f == null ? List.of() : f.sentences();
            if (n == null || f == null) {
                out.add(new Disagreement(Aspect.PILLAR, pillar.name(), n == null ? null : "stated", f == null ? null : "stated",
                        ns, fs, "stated only in the " + (n == null ? beads.tgt : beads.src) + " text"));
            } else if (beads.of(Side.SOURCE, ns).equals(beads.of(Side.TARGET, fs))) {
                out.add(new Agreement(Aspect.PILLAR, pillar.name(), "stated in aligned sentences", ns, fs));
            } else {
                out.add(new Disagreement(Aspect.PILLAR, pillar.name(), "stated", "stated", ns, fs,
                        "stated in sentences that are not aligned: " + beads.src + " " + ns + ", " + beads.tgt + " " + fs));
            }
        }
    }

    private static void facts(DocumentFindings nl, DocumentFindings fr, Beads beads, List<Comparison> out) {
        List<Fact> unmatched = new ArrayList<>(fr.facts());
        for (Fact n : nl.facts()) {
            Fact f = unmatched.stream().filter(n::agrees).findFirst()
                    .or(() -> unmatched.stream().filter(x -> x.name().equals(n.name())).findFirst()).orElse(null);
            if (f == null) {
                out.add(new Disagreement(Aspect.FACT, n.name(), n.value(), null, n.sentences(), List.of(),
                        "stated only in the " + beads.src + " text"));
                continue;
            }
            unmatched.remove(f);
            if (!n.agrees(f)) {
                out.add(new Disagreement(Aspect.FACT, n.name(), n.value(), f.value(), n.sentences(), f.sentences(),
                        "values differ: " + beads.src + " " + n.value() + ", " + beads.tgt + " " + f.value()));
            } else if (!beads.of(Side.SOURCE, n.sentences()).equals(beads.of(Side.TARGET, f.sentences()))) {
                out.add(new Disagreement(Aspect.FACT, n.name(), n.value(), f.value(), n.sentences(), f.sentences(),
                        "same value, stated in sentences that are not aligned: " + beads.src + " " + n.sentences() + ", " + beads.tgt + " " + f.sentences()));
            } else {
                out.add(new Agreement(Aspect.FACT, n.name(), neutral(n), n.sentences(), f.sentences()));
            }
        }
        for (Fact f : unmatched) {
            out.add(new Disagreement(Aspect.FACT, f.name(), null, f.value(), List.of(), f.sentences(),
                    "stated only in the " + beads.tgt + " text"));
        }
    }

    /** Returns a fact's value in words that are the same in every language: a signing day is its day of the week. */
    private static String neutral(Fact fact) {
        return fact instanceof Fact.SigningDay d ? d.dayOfWeek().name() : fact.value();
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> map = new java.util.LinkedHashMap<>();
        for (T t : items) {
            map.putIfAbsent(name.apply(t), t);
        }
        return map;
    }
}
