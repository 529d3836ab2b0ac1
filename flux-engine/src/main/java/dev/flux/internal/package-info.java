/** flux's implementation. No compatibility guarantees: anything here may change in any release. */
package dev.flux.internal;
