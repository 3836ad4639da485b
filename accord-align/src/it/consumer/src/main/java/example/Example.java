package example;

import dev.accord.AccordPipeline;
import dev.accord.Bitext;
import dev.accord.align.AlignerOptions;
import dev.accord.core.align.Alignment;
import dev.accord.core.extract.BilingualReport;
import dev.accord.core.extract.CompanyFinding;
import dev.accord.core.text.Language;
import dev.accord.io.InvalidInputException;
import dev.accord.write.AlignmentWriter;
import dev.accord.write.Format;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Aligns a Dutch text with its French translation, prints the beads and what both say about the accord. */
public final class Example {

    private Example() {
    }

    public static void main(String[] args) throws Exception {
        String dutch = """
                Dinsdag ondertekenden 34 technologiebedrijven het Cybersecurity Tech Accord, een initiatief van \
                Microsoft en Facebook. Ook Proximus doet mee.

                Google en Apple hebben het akkoord niet ondertekend.
                """;
        String french = """
                Mardi, 34 entreprises technologiques ont signé le Cybersecurity Tech Accord, une initiative de \
                Microsoft et Facebook. Proximus y participe aussi.

                Google et Apple n'ont pas signé l'accord.
                """;
        AccordPipeline pipeline = AccordPipeline.standard();
        Bitext texts = pipeline.loadPair(dutch, Language.NL, french, Language.FR);
        Alignment alignment = pipeline.align(texts, AlignerOptions.builder().maxBeadSize(2).build());
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        AlignmentWriter.forFormat(Format.BEADS).write(out, texts.source(), texts.target(), alignment);

        BilingualReport report = pipeline.extract(texts);
        for (CompanyFinding company : report.sourceFindings().companies()) {
            out.println(company.name() + " " + company.roles());
        }
        out.println("consistent: " + report.reconciliation().isConsistent());

        try {
            pipeline.load(" \n ", Language.NL);
        } catch (InvalidInputException e) {
            out.println(e.getMessage());
        }
        out.flush();
    }
}
