package dev.flux.its;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads a case's {@code build.log}, which holds the output of every invocation of the case in order. */
public final class BuildLog {
    private static final String FAILED = "[ERROR] Failed to execute goal ";
    private static final String HELP = " -> [Help 1]";
    /** What a Java class name looks like in a message: an exception's name or a fully qualified JDK type. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\w*Exception\\b|\\bjava\\.\\w+\\.|\\bjavax?\\.\\w");

    private BuildLog() {
    }

    public static String text(File basedir) throws IOException {
        return Files.readString(new File(basedir, "build.log").toPath(), StandardCharsets.UTF_8);
    }

    /**
     * The message of each goal that failed, as a person reads it: what follows {@code on project x:}, with
     * Maven's {@code [ERROR] } line prefixes and the closing {@code -> [Help 1]} removed.
     */
    public static List<String> failures(File basedir) throws IOException {
        List<String> messages = new ArrayList<>();
        List<String> lines = text(basedir).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith(FAILED)) {
                continue;
            }
            String first = lines.get(i);
            int start = first.indexOf(": ", first.indexOf(" on project ")) + 2;
            StringBuilder message = new StringBuilder(first.substring(start));
            while (!message.toString().endsWith(HELP) && i + 1 < lines.size()
                    && lines.get(i + 1).startsWith("[ERROR] ")) {
                String next = lines.get(++i).substring("[ERROR] ".length());
                message.append(next.equals("-> [Help 1]") ? HELP : "\n" + next);
            }
            String text = message.toString();
            messages.add(text.endsWith(HELP) ? text.substring(0, text.length() - HELP.length()) : text);
        }
        return messages;
    }

    /** Whether {@code message} shows a Java class name (an exception's, or a JDK type): users should never see one. */
    public static boolean showsClassName(String message) {
        return CLASS_NAME.matcher(message).find();
    }
}
