/** Loads rules.yaml and turns facts into findings and a score. */
package org.ppcheck.rules;
