/**
 * The application layer every front end calls (the CLI today; the register and the web app next):
 * settings, policy sources, checking one policy and budgeted batches of them. Nothing here knows
 * about command lines or HTTP handlers.
 */
package org.ppcheck.check;
