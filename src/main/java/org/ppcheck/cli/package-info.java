/**
 * Command line: parses options into the application layer's settings ({@code org.ppcheck.check}),
 * renders what it gives, and maps outcomes to exit codes. Every command extends {@link org.ppcheck.cli.BaseCommand}.
 */
package org.ppcheck.cli;
