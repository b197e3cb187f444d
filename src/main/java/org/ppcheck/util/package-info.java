/** Small helpers shared by the stages: atomic file writes, safe YAML parsing and strict binding of YAML with located problems. */
package org.ppcheck.util;
