/** Taking over a database that Flyway manages: its history table and checksums. No compatibility guarantees. */
package dev.flux.internal.flyway;
