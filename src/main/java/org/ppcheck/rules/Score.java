package org.ppcheck.rules;

import java.util.List;

/**
 * A policy's score from 0 to 100 and its grade, with how they came about: the formula in words, the
 * profiles whose rules were applied, the points earned and possible, each rule's line, and the
 * failed rules that capped the grade.
 */
public record Score(int value, String grade, String formula, List<String> profiles, int earnedPoints, int possiblePoints,
                    List<String> cappedBy, List<Line> breakdown) {
    public Score {
        profiles = List.copyOf(profiles);
        cappedBy = List.copyOf(cappedBy);
        breakdown = List.copyOf(breakdown);
    }

    /** One rule's share: possible points are weight times the severity's factor; n/a rules have none. */
    public record Line(String rule, Finding.Status status, int weight, int factor, int possible, int earned) { }
}
