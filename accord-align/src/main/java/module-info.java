/**
 * The Accord pipeline: start with {@link dev.accord.AccordPipeline}. Each stage of the data flow
 * has its own exported package: reading ({@code dev.accord.io}), sentence segmentation
 * ({@code dev.accord.segment}), Lucene normalisation ({@code dev.accord.normalize}), sentence
 * alignment ({@code dev.accord.align}), extraction ({@code dev.accord.extract}), evaluation against
 * gold ({@code dev.accord.eval}) and writers ({@code dev.accord.write}).
 *
 * <p>{@code dev.accord.internal} is exported only to the command line, module
 * {@code dev.accord.cli} (artifact {@code accord-cli}), which is not a dependency of this one.
 *
 * <p>The OpenNLP language model ({@code langdetect-183.bin}, a top-level resource of the
 * {@code opennlp-models-langdetect} jar) is looked up through the class loader, which sees it on
 * the class path and in any automatic module alike. OpenNLP, itself an automatic module, does not
 * declare that it needs SLF4J; this module requires {@code org.slf4j} on its behalf. No SLF4J
 * provider comes with it: add the one your application uses (or {@code slf4j-nop} for silence).
 */
@SuppressWarnings("requires-automatic") // OpenNLP 2.5 is one jar with an Automatic-Module-Name
module dev.accord.align {
    requires transitive dev.accord.core;
    requires java.xml;
    requires org.apache.lucene.core;
    requires org.apache.lucene.analysis.common;
    requires org.apache.opennlp.tools;
    // OpenNLP logs through SLF4J but, as an automatic module, cannot say so: without this line
    // a plain module path leaves SLF4J out and the language detector fails with
    // NoClassDefFoundError: org/slf4j/LoggerFactory. The logging provider is the embedder's choice.
    requires org.slf4j;

    exports dev.accord;
    exports dev.accord.io;
    exports dev.accord.segment;
    exports dev.accord.normalize;
    exports dev.accord.align;
    exports dev.accord.extract;
    exports dev.accord.eval;
    exports dev.accord.write;

    // The command line (module dev.accord.cli, artifact accord-cli) shares the output helpers.
    exports dev.accord.internal to dev.accord.cli;
}
