package dev.accord.spark;

import org.apache.spark.sql.Row;

/**
 * One input row, as {@link PairColumns#select} lays it out; any value may be null.
 *
 * @param id the pair's id
 * @param sourceText the source text
 * @param targetText the target text
 * @param sourceLang the source language code
 * @param targetLang the target language code
 */
record InputPair(String id, String sourceText, String targetText, String sourceLang, String targetLang) {

    /** Returns the pair in {@code row}, whose columns are those of {@link PairColumns#SCHEMA}, in order. */
    static InputPair of(Row row) {
        return new InputPair(row.getString(0), row.getString(1), row.getString(2), row.getString(3), row.getString(4));
    }
}
