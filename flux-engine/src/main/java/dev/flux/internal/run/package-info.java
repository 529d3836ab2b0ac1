/** Validation, planning and execution of commands. No compatibility guarantees. */
package dev.flux.internal.run;
