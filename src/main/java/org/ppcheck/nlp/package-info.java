/**
 * OpenNLP on top of extracted text: language, sentences and tokens, with models loaded once from the
 * classpath, all read from the text as a reader sees it ({@link org.ppcheck.nlp.MatchText}).
 */
package org.ppcheck.nlp;
