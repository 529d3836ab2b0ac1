package dev.flux.cli;

/** The entry point of {@code bin/flux}: runs the command and exits with its code (0, 1 or 2). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(FluxCli.run(args, System.out, System.err));
    }
}
