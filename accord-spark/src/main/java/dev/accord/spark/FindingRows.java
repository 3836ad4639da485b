package dev.accord.spark;

import dev.accord.core.Role;
import dev.accord.core.extract.BilingualReport;
import dev.accord.core.extract.CompanyFinding;
import dev.accord.core.extract.CompanyMention;
import dev.accord.core.extract.DocumentFindings;
import dev.accord.core.extract.Fact;
import dev.accord.core.extract.PillarStatement;
import dev.accord.core.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The findings table: one row per company, pillar statement or fact found on one side of a pair.
 * Every conversion from the extraction's types to rows is here, so that a change of those types
 * touches this class only.
 *
 * <p>Columns: {@code side} ({@value #SOURCE} or {@value #TARGET}), {@code language} (ISO 639-1),
 * {@code kind} ({@value #COMPANY}, {@value #PILLAR}, {@value #FACT}), {@code subject} (the
 * company's name, the pillar's constant such as {@code NO_OFFENSE}, the fact's name such as
 * {@code signatoryCount}), {@code value} (the company's roles such as {@code INITIATOR, SIGNATORY};
 * the pillar's title in the side's language; the fact's value for a reader, such as {@code more than 150}), {@code parent} (a company's parent, else null), {@code sentences} (0-based, ascending) and
 * {@code mentions} (a company's mentions: sentence, UTF-16 {@code [start, end)} in the text as
 * read, and the text; empty for the other kinds). The {@code id} column is added in front by
 * {@link PairResults#findings()}.
 */
final class FindingRows {

    static final String SOURCE = "source";
    static final String TARGET = "target";
    static final String COMPANY = "company";
    static final String PILLAR = "pillar";
    static final String FACT = "fact";

    private static final StructType MENTION = new StructType()
            .add("sentence", DataTypes.IntegerType, false)
            .add("start", DataTypes.IntegerType, false)
            .add("end", DataTypes.IntegerType, false)
            .add("text", DataTypes.StringType, false);

    /** The schema of one finding, without the pair's id. */
    static final StructType SCHEMA = new StructType()
            .add("side", DataTypes.StringType, false)
            .add("language", DataTypes.StringType, false)
            .add("kind", DataTypes.StringType, false)
            .add("subject", DataTypes.StringType, false)
            .add("value", DataTypes.StringType, false)
            .add("parent", DataTypes.StringType, true)
            .add("sentences", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
            .add("mentions", DataTypes.createArrayType(MENTION, false), false);

    private FindingRows() {
    }

    /** Returns the rows of both sides of {@code report}: the source's, then the target's. */
    static List<Row> of(BilingualReport report) {
        List<Row> rows = new ArrayList<>();
        add(rows, SOURCE, report.sourceFindings());
        add(rows, TARGET, report.targetFindings());
        return rows;
    }

    private static void add(List<Row> rows, String side, DocumentFindings findings) {
        Language language = findings.language();
        for (CompanyFinding company : findings.companies()) {
            String roles = company.roles().stream().sorted().map(Role::name).collect(Collectors.joining(", "));
            List<Row> mentions = company.mentions().stream().map(FindingRows::mention).toList();
            rows.add(row(side, language, COMPANY, company.name(), roles, company.parent().orElse(null),
                    company.sentences(), mentions));
        }
        for (PillarStatement pillar : findings.pillars()) {
            rows.add(row(side, language, PILLAR, pillar.pillar().name(), pillar.pillar().title(language), null,
                    pillar.sentences(), List.of()));
        }
        for (Fact fact : findings.facts()) {
            rows.add(row(side, language, FACT, fact.name(), fact.value(), null, fact.sentences(), List.of()));
        }
    }

    private static Row mention(CompanyMention mention) {
        return RowFactory.create(mention.sentence(), mention.span().start(), mention.span().end(), mention.text());
    }

    private static Row row(String side, Language language, String kind, String subject, String value, String parent,
            List<Integer> sentences, List<Row> mentions) {
        return RowFactory.create(side, language.iso639_1(), kind, subject, value, parent, ResultRows.array(sentences),
                ResultRows.array(mentions));
    }
}
