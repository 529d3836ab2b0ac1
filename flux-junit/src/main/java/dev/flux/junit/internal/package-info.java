/**
 * The implementation of flux-junit: servers, class databases, moves, copies, round trips. No
 * compatibility guarantees; anything here may change in any release. Use {@link dev.flux.junit} instead.
 */
package dev.flux.junit.internal;
