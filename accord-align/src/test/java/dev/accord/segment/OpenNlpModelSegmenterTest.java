package dev.accord.segment;

/** The measured OpenNLP option also keeps the segmenter contract, so the comparison is fair. */
class OpenNlpModelSegmenterTest extends SentenceSegmenterContractTest {

    @Override
    SentenceSegmenter segmenter() {
        return new OpenNlpModelSegmenter(true);
    }
}
