package dev.accord.extract;

import dev.accord.core.Role;
import dev.accord.extract.CompanyFinder.Mention;
import dev.accord.extract.Lexicon.Cues;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The last step of the roles: a list that its sentence names without a cue the rules know
 * ({@code Tot die groep behoren onder meer Bitdefender, Trend Micro en Telefónica}) takes the role
 * the accord's known membership ({@link dev.accord.core.Accord#rolesOf}) gives all of it. Only a
 * list of at least {@value #KNOWN_LIST} companies, some with no role yet, all known with the same
 * role (all signatories, or all known to have stayed out), with no negator for signatories, and no
 * member that the text gave another role; or one company known to have stayed out, in a sentence
 * with a negator that refers to the accord or its members. The role goes to the members that
 * have none: a role the wording states always wins.
 *
 * <p>Stateless and thread-safe.
 */
final class KnownMembership {

    /** The fewest companies of a list that the accord's known membership may give a role its sentence leaves unsaid: {@value}. */
    static final int KNOWN_LIST = 2;

    /** A list of companies in a sentence about the accord that no rule gave a role. */
    record Unstated(AnalyzedSentence sentence, List<Mention> members) {
    }

    private KnownMembership() {
    }

    /** Gives the lists that no rule gave a role the role the accord knows them by, where {@link KnownMembership} allows it. */
    static void fill(List<Unstated> lists, Map<String, Set<Role>> roles, Function<String, Set<Role>> membership, Lexicon lexicon) {
        for (Unstated u : lists) {
            Role known = knownRole(u, roles, membership, lexicon);
            if (known != null) {
                // only to the members the text gave no role elsewhere ("LinkedIn", which a later sentence puts on the list)
                u.members().stream().filter(m -> roles.get(m.company()).isEmpty()).forEach(m -> roles.get(m.company()).add(known));
            }
        }
    }

    private static Role knownRole(Unstated u, Map<String, Set<Role>> roles, Function<String, Set<Role>> membership, Lexicon lexicon) {
        Role common = null;
        boolean open = false; // some member has no role yet
        for (Mention m : u.members()) {
            open |= roles.get(m.company()).isEmpty();
            Set<Role> known = membership.apply(m.company());
            Role r = known.contains(Role.SIGNATORY) ? Role.SIGNATORY : known.contains(Role.NON_SIGNATORY) ? Role.NON_SIGNATORY : null;
            if (r == null || common != null && common != r) {
                return null;
            }
            common = r;
        }
        List<Word> w = u.sentence().words();
        boolean negated = RoleRules.negatorIn(w, 0, w.size(), lexicon);
        if (!open || common == Role.SIGNATORY && negated) {
            return null;
        }
        for (Mention m : u.members()) {
            Set<Role> given = roles.get(m.company());
            if (!given.isEmpty() && !given.contains(common)) {
                return null; // the text gave a member of the list another role: the list is no list of members
            }
        }
        // one name alone: only a company known to have stayed out, in a sentence that says no ("Apple n'a pas voulu s'y associer")
        boolean refersToAccord = false;
        for (Cues c : new Cues[] {Cues.ACCORD_NAMES, Cues.ACCORD_NOUNS, Cues.ACCORD_PRONOUNS, Cues.MEMBER_NOUNS}) {
            refersToAccord |= lexicon.get(c).occursIn(w, 0, w.size());
        }
        return u.members().size() >= KNOWN_LIST || common == Role.NON_SIGNATORY && negated && refersToAccord ? common : null;
    }
}
