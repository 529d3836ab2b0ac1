/**
 * The {@code flux} command line, built on the public API: {@link dev.flux.cli.Main} is the entry point of
 * {@code bin/flux}, {@link dev.flux.cli.FluxCli} runs a command line and returns its exit code. Everything
 * else is package-private. Its commands and options are described in docs/cli.md.
 */
package dev.flux.cli;
