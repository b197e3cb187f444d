/** Small helpers shared by the stages: atomic file writes, safe YAML parsing, strict binding of YAML with located problems, and text made inert for terminals and Markdown. */
package org.ppcheck.util;
