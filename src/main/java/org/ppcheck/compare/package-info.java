/**
 * Many vendors at once: the vendor list ({@link org.ppcheck.compare.Vendors}), the run and its
 * results ({@link org.ppcheck.compare.Comparison}), the reports written from them (HTML, XLSX,
 * CSV, Markdown), and the diff of two versions of one policy ({@link org.ppcheck.compare.PolicyDiff}).
 */
package org.ppcheck.compare;
