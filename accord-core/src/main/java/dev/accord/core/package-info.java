/**
 * The accord itself: {@link dev.accord.core.Accord} (start with
 * {@link dev.accord.core.Accord#cybersecurityTechAccord()}), its four
 * {@link dev.accord.core.Pillar pillars}, {@link dev.accord.core.Company companies} and the
 * {@link dev.accord.core.Role roles} they play.
 */
package dev.accord.core;
