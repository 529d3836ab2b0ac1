package dev.flux.its;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A packaged Spring Boot application started as a user does, {@code java -jar app.jar}, on a free port: what it
 * printed, the port its web server took, whether it started, its exit code, and HTTP GETs against it. For the
 * spring-boot cases' scripts. Never waits by sleeping: it reads the application's output as it comes.
 */
public final class SpringBootApp implements AutoCloseable {
    private static final Pattern PORT = Pattern.compile("started on port (\\d+)");
    private static final Pattern STARTED = Pattern.compile("Started \\S+ in [\\d.]+ seconds");
    private static final Duration LIMIT = Duration.ofMinutes(3);

    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final CountDownLatch startedOrEnded = new CountDownLatch(1);
    private volatile int port;
    private volatile boolean started;
    private boolean ended;

    private SpringBootApp(Process process) {
        this.process = process;
        Thread reader = new Thread(this::read, "spring-boot-app-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code java -jar jar --server.port=0 args...} and waits until it started or ended (3 minutes at most). */
    public static SpringBootApp start(File jar, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                new File(System.getProperty("java.home"), "bin/java").getPath(), "-jar", jar.getPath(),
                "--server.port=0"));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        SpringBootApp app = new SpringBootApp(process);
        if (!app.startedOrEnded.await(LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
            app.close();
            throw new AssertionError("the application neither started nor ended within " + LIMIT + ":\n" + app.output());
        }
        return app;
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                synchronized (output) {
                    output.append(line).append('\n');
                    output.notifyAll();
                }
                Matcher m = PORT.matcher(line);
                if (m.find()) {
                    port = Integer.parseInt(m.group(1));
                }
                if (STARTED.matcher(line).find()) {
                    started = true;
                    startedOrEnded.countDown();
                }
            }
        } catch (IOException e) {
            output.append("(output could not be read: ").append(e.getMessage()).append(")\n");
        } finally {
            synchronized (output) {
                ended = true;
                output.notifyAll();
            }
            startedOrEnded.countDown();
        }
    }

    /**
     * Waits until the application printed {@code text} (true), or ended without printing it (false); 3 minutes
     * at most. For what it prints after "Started", such as the output of an {@code ApplicationRunner}.
     */
    public boolean awaitOutput(String text) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        synchronized (output) {
            while (output.indexOf(text) < 0 && !ended) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(output, left);
            }
            return output.indexOf(text) >= 0;
        }
    }

    /** Whether the application printed Spring Boot's "Started ... in ... seconds" and still runs. */
    public boolean started() {
        return started && process.isAlive();
    }

    /** Everything the application printed so far, standard output and error. */
    public String output() {
        return output.toString();
    }

    /** The exit code, once the application ended by itself (3 minutes at most). */
    public int exitCode() throws InterruptedException {
        if (!process.waitFor(LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the application did not end within " + LIMIT + ":\n" + output());
        }
        return process.exitValue();
    }

    /** The body of {@code GET http://127.0.0.1:<port><path>}, which must answer 200. */
    public String get(String path) throws IOException, InterruptedException {
        if (port == 0) {
            throw new AssertionError("the application printed no web server port:\n" + output());
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** Stops the application and waits until it ended. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
