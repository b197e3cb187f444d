/** Turns a policy file (HTML, PDF, Markdown, plain text) into text with structure: blocks that know their heading path. */
package org.ppcheck.extract;
