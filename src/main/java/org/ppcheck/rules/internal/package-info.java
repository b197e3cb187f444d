/**
 * How a rules file is read, and the rule types: one class per {@code type:} (such as
 * {@code MaxRetention}), each with its keys, their validation and its
 * check, listed in {@link org.ppcheck.rules.internal.RuleTypes}. Not API: use {@code org.ppcheck.rules}.
 */
package org.ppcheck.rules.internal;
