package dev.accord.normalize;

/** The contract holds when stop words are removed too. */
class LuceneNormalizerWithoutStopWordsTest extends NormalizerContractTest {

    private final Normalizer normalizer = Normalizer.lucene(true);

    @Override
    Normalizer normalizer() {
        return normalizer;
    }
}
