package dev.flux.internal.discovery;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * Describes a caught exception for a user: its message and, for code the user wrote, where it was
 * thrown. Never the exception's class name (STYLE.md).
 */
final class Failures {
    private Failures() {
    }

    /** Why a file could not be read or listed, for example "permission denied". */
    static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return hasMessage(e) ? e.getMessage() : "input/output error";
    }

    /** What loading or running a migration threw: the message, and the line of user code that threw it. */
    static String describe(Throwable thrown) {
        Throwable t = thrown instanceof ExceptionInInitializerError && thrown.getCause() != null
                ? thrown.getCause() : thrown;
        if (t instanceof NoClassDefFoundError || t instanceof ClassNotFoundException) {
            String missing = hasMessage(t) ? t.getMessage().replace('/', '.') : "a class it needs";
            return "class " + missing + " is missing from the class path";
        }
        String message = hasMessage(t) ? t.getMessage() : "no message";
        StackTraceElement frame = firstUserFrame(t.getStackTrace());
        return frame == null ? message : message + " (at " + frame + ")";
    }

    /** The innermost frame outside the JDK, else the innermost frame, else null. */
    private static StackTraceElement firstUserFrame(StackTraceElement[] trace) {
        for (StackTraceElement frame : trace) {
            String c = frame.getClassName();
            if (!c.startsWith("java.") && !c.startsWith("javax.") && !c.startsWith("jdk.")
                    && !c.startsWith("sun.")) {
                return frame;
            }
        }
        return trace.length == 0 ? null : trace[0];
    }

    private static boolean hasMessage(Throwable t) {
        return t.getMessage() != null && !t.getMessage().isBlank();
    }
}
