/**
 * Helpers shared by the stages; not part of the API and free to change.
 */
package dev.accord.internal;
