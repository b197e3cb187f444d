/** The report contract (schemaVersion 1) and its renderings: JSON, terminal text and Markdown. */
package org.ppcheck.report;
