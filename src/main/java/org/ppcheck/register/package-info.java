/**
 * The vendor register: every version of every vendor's policy, re-checks, change events and
 * reviewer decisions, in a SQLite file or on a PostgreSQL server.
 */
package org.ppcheck.register;
