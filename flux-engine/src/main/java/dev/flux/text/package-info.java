/**
 * flux's results as the lines a person reads: the status table, the summaries, the script of a dry run, and
 * the files of a new migration. Shared by the Maven plugin and the command line, so both say the same.
 */
package dev.flux.text;
