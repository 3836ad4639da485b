package dev.accord.spark;

import org.apache.spark.sql.SparkSession;

/** The local Spark sessions of the tests: small, quiet and bound to the loopback address. */
final class LocalSpark {

    private LocalSpark() {
    }

    /** Starts a session on {@code local[threads]}; stop it when done. */
    static SparkSession start(int threads) {
        return SparkSession.builder()
                .appName("accord-spark-test")
                .master("local[" + threads + "]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }
}
