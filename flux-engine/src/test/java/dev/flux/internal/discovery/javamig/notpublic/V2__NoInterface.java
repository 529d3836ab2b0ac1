package dev.flux.internal.discovery.javamig.notpublic;

/** Named like a migration but forgets to implement the interface. */
public final class V2__NoInterface {
    public String apply() {
        return "select 2;";
    }
}
