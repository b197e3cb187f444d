/** Reads facts with evidence out of sentences: frameworks, data locations, data fields, recipients, retention and disclosures. */
package org.ppcheck.facts;
