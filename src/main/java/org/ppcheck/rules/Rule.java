package org.ppcheck.rules;

/** One rule of rules.yaml: which check, how much it matters, and the law it rests on. */
public record Rule(String id, String type, String title, Severity severity, int weight, String reference, Check check) { }
