/** Small helpers shared by the stages: atomic file writes. */
package org.ppcheck.util;
