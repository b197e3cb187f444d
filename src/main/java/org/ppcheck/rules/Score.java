package org.ppcheck.rules;

/** A policy's score from 0 to 100 with its letter grade, and the weights it came from. */
public record Score(int value, String grade, int passedWeight, int applicableWeight) { }
