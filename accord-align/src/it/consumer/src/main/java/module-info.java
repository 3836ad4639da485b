/** A user's application of the Accord library. */
module example {
    requires dev.accord.align;
}
