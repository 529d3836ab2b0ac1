package dev.flux.maven;

import dev.flux.Secrets;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * The username and password of a {@code <server>} in {@code settings.xml}, with the password decrypted
 * ({@code mvn --encrypt-password}). {@link #toString()} hides the password.
 */
record ServerCredentials(String user, String password) {
    /** The credentials of server {@code id}; fails with advice when it is missing or cannot be decrypted. */
    static ServerCredentials of(String id, Settings settings, SettingsDecrypter decrypter) throws MojoFailureException {
        Server server = settings.getServer(id);
        if (server == null) {
            String known = settings.getServers().stream().map(Server::getId).collect(Collectors.joining(", "));
            throw FluxMojo.badParameter("serverId '" + id + "': settings.xml has no <server> with this id ("
                    + (known.isEmpty() ? "it has no servers" : "servers: " + known) + "). Add <server><id>" + id
                    + "</id><username>...</username><password>...</password></server> to ~/.m2/settings.xml,"
                    + " or fix serverId.");
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        if (!result.getProblems().isEmpty()) {
            String problems = result.getProblems().stream()
                    .map(SettingsProblem::getMessage)
                    .map(Secrets.of(server.getPassword(), null)::scrub)
                    .collect(Collectors.joining("; "));
            throw FluxMojo.badParameter("serverId '" + id + "': the password in settings.xml cannot be decrypted ("
                    + problems + "). Check the master password in ~/.m2/settings-security.xml"
                    + " (mvn --encrypt-master-password) and re-encrypt the password with mvn --encrypt-password.");
        }
        Server decrypted = result.getServer();
        return new ServerCredentials(decrypted.getUsername(), decrypted.getPassword());
    }

    @Override
    public String toString() {
        return "ServerCredentials[user=" + user + ", password=" + (password == null ? null : Secrets.MASK) + "]";
    }
}
