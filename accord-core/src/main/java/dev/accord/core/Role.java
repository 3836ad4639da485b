package dev.accord.core;

/** The part a company plays with respect to an accord, as stated in a text. */
public enum Role {
    /** The company started the accord. */
    INITIATOR,
    /** The company signed the accord. */
    SIGNATORY,
    /** The text says the company did not sign, refused or is absent. */
    NON_SIGNATORY,
    /** The company is named without any of the other roles. */
    MENTIONED
}
