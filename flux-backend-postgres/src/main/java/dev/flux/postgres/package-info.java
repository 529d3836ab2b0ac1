/** flux's PostgreSQL backend ({@code backend = "postgres"}) and its statement splitter. */
package dev.flux.postgres;
