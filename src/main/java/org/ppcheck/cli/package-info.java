/** Command line: parses arguments, runs the pipeline for each input and maps outcomes to exit codes. */
package org.ppcheck.cli;
