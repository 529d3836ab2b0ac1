/**
 * flux's MariaDB and MySQL backend ({@code backend = "mariadb"}, alias {@code "mysql"}) and its statement
 * splitter.
 */
package dev.flux.mariadb;
