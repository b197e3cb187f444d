/** OpenNLP on top of extracted text: language, sentences and tokens, with models loaded once from the classpath. */
package org.ppcheck.nlp;
