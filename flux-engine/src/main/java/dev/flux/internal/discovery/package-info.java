/** Finding SQL and Java migrations, reading and checksumming them. No compatibility guarantees. */
package dev.flux.internal.discovery;
