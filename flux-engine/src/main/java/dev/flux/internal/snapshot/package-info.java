/** Comparing schema snapshots. No compatibility guarantees. */
package dev.flux.internal.snapshot;
