package example;

import dev.accord.AccordPipeline;
import dev.accord.Bitext;
import dev.accord.core.align.Alignment;
import dev.accord.core.extract.BilingualReport;

/** Aligns the bundled Dutch and French articles and prints what they say about the accord. */
public final class Example {

    private Example() {
    }

    public static void main(String[] args) {
        AccordPipeline pipeline = AccordPipeline.standard();
        Bitext texts = pipeline.seedPair();
        Alignment alignment = pipeline.align(texts);
        BilingualReport report = pipeline.extract(texts);
        System.out.println(texts.source().size() + " Dutch and " + texts.target().size() + " French sentences, "
                + alignment.size() + " beads");
        report.sourceFindings().companies().forEach(c -> System.out.println(c.name() + " " + c.roles()));
    }
}
