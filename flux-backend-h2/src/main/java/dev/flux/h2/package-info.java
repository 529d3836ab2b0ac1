/** The H2 backend of flux: {@link dev.flux.h2.H2BackendProvider} and its {@link dev.flux.h2.H2StatementSplitter}. */
package dev.flux.h2;
