package dev.accord.segment;

class RuleBasedSegmenterTest extends SentenceSegmenterContractTest {

    @Override
    SentenceSegmenter segmenter() {
        return SentenceSegmenter.standard();
    }
}
