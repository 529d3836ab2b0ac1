package dev.flux.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks the relative links of Markdown files: the file or folder a link names must exist inside the
 * repository, and its {@code #anchor} must match a heading of the target the way GitHub makes anchors
 * (lowercase, spaces to {@code -}, punctuation other than {@code -} and {@code _} removed, repeated
 * headings suffixed {@code -1}, {@code -2}, ...). Links with a scheme ({@code https:}, {@code mailto:})
 * and links inside fenced code blocks or inline code are not checked.
 */
final class LinkChecker {
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");
    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern NOT_PARAGRAPH = Pattern.compile("^\\s*([-*+>|]|\\d+[.)]\\s|#|<!--)");
    private static final Pattern INLINE_LINK = Pattern.compile(
            "!?\\[((?:[^\\[\\]]|\\[[^\\[\\]]*])*)]\\(\\s*(<[^>]*>|[^)\\s]+)(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\s*\\)");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+]:\\s*(<[^>]*>|\\S+)");
    private static final Pattern HTML_ID = Pattern.compile("<[a-zA-Z][^>]*\\s(?:id|name)\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    /** A link that leads nowhere: where it is, what it says, and why it is broken. */
    record BrokenLink(Path file, int line, String link, String reason) {
        @Override
        public String toString() {
            return file + ":" + line + ": (" + link + ") " + reason;
        }
    }

    private final Path root;
    private final Map<Path, Set<String>> anchorsByFile = new HashMap<>();

    /** A checker for the files of the repository at {@code root}; links may not leave it. */
    LinkChecker(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * The folder holding the parent pom (a {@code pom.xml} with {@code <modules>}) and {@code README.md}:
     * {@code start} or the nearest folder above it.
     */
    static Path repositoryRoot(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path pom = dir.resolve("pom.xml");
            if (Files.isRegularFile(pom) && Files.isRegularFile(dir.resolve("README.md")) && read(pom).contains("<modules>")) {
                return dir;
            }
        }
        throw new IllegalStateException("no folder at or above " + start + " holds both the parent pom.xml and"
                + " README.md; run the test from within the flux repository");
    }

    /** {@code README.md} and the Markdown files of {@code docs/}, in name order. */
    static List<Path> documentation(Path root) {
        List<Path> files = new ArrayList<>();
        files.add(root.resolve("README.md"));
        Path docs = root.resolve("docs");
        if (Files.isDirectory(docs)) {
            try (Stream<Path> list = Files.list(docs)) {
                list.filter(p -> p.getFileName().toString().endsWith(".md")).filter(Files::isRegularFile)
                        .sorted(Comparator.comparing(Path::toString)).forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** Every broken relative link of {@code files}, in file and line order. */
    List<BrokenLink> check(List<Path> files) {
        List<BrokenLink> broken = new ArrayList<>();
        for (Path file : files) {
            broken.addAll(check(file));
        }
        return broken;
    }

    /** How many relative links {@code files} hold, checked or not; a check of nothing proves nothing. */
    int countRelativeLinks(List<Path> files) {
        int count = 0;
        for (Path file : files) {
            for (Link link : links(file)) {
                count += isExternal(link.target()) ? 0 : 1;
            }
        }
        return count;
    }

    /** The broken relative links of one Markdown file. */
    List<BrokenLink> check(Path file) {
        Path source = file.toAbsolutePath().normalize();
        Path shown = root.relativize(source);
        List<BrokenLink> broken = new ArrayList<>();
        for (Link link : links(source)) {
            String problem = problem(source, link.target());
            if (problem != null) {
                broken.add(new BrokenLink(shown, link.line(), link.target(), problem));
            }
        }
        return broken;
    }

    private String problem(Path source, String target) {
        if (isExternal(target)) {
            return null;
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : decode(target.substring(hash + 1));
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        path = decode(path);
        Path resolved;
        if (path.isEmpty()) {
            resolved = source;
        } else if (path.startsWith("/")) {
            resolved = root.resolve(path.substring(1)).normalize();
        } else {
            resolved = source.getParent().resolve(path).normalize();
        }
        if (!resolved.startsWith(root)) {
            return "leads outside the repository";
        }
        if (!Files.exists(resolved)) {
            return "no such file or folder: " + root.relativize(resolved);
        }
        if (anchor == null || anchor.isEmpty() || !Files.isRegularFile(resolved)
                || !resolved.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")) {
            return null;
        }
        Set<String> anchors = anchorsByFile.computeIfAbsent(resolved, LinkChecker::anchors);
        if (anchors.contains(anchor)) {
            return null;
        }
        String nearest = nearest(anchor, anchors);
        return "no heading of " + root.relativize(resolved) + " has the anchor '" + anchor + "'"
                + (nearest == null ? "" : "; did you mean '#" + nearest + "'?");
    }

    private static boolean isExternal(String target) {
        return SCHEME.matcher(target).find() || target.startsWith("//");
    }

    /** The anchors GitHub gives the headings of a Markdown file, and explicit HTML ids and names. */
    static Set<String> anchors(Path file) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> repeats = new HashMap<>();
        for (String heading : headings(lines(file))) {
            String base = slug(heading);
            String anchor = base;
            int n = repeats.getOrDefault(base, 0);
            while (anchors.contains(anchor)) {
                n++;
                anchor = base + "-" + n;
            }
            repeats.put(base, n);
            anchors.add(anchor);
        }
        for (String line : outsideCode(lines(file))) {
            if (line == null) {
                continue;
            }
            Matcher id = HTML_ID.matcher(line);
            while (id.find()) {
                anchors.add(id.group(1));
            }
        }
        return anchors;
    }

    /** GitHub's anchor for a heading's text. */
    static String slug(String heading) {
        String text = heading.replaceAll("!?\\[((?:[^\\[\\]]|\\[[^\\[\\]]*])*)]\\([^)]*\\)", "$1")
                .replaceAll("<[^>]+>", "")
                .strip()
                .toLowerCase(Locale.ROOT);
        StringBuilder anchor = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                anchor.appendCodePoint(c);
            } else if (c == ' ') {
                anchor.append('-');
            }
        });
        return anchor.toString();
    }

    /** The text of every ATX ({@code ## Title}) and setext (underlined) heading outside code blocks. */
    private static List<String> headings(List<String> lines) {
        List<String> headings = new ArrayList<>();
        List<String> visible = outsideCode(lines);
        String previous = null;
        for (String line : visible) {
            if (line == null) {
                previous = null;
                continue;
            }
            Matcher atx = ATX_HEADING.matcher(line);
            if (atx.matches()) {
                headings.add(atx.group(1) == null ? "" : atx.group(1));
                previous = null;
            } else if (previous != null && SETEXT_UNDERLINE.matcher(line).matches()) {
                headings.add(previous.strip());
                previous = null;
            } else {
                boolean paragraph = !line.isBlank() && !line.startsWith("    ") && !NOT_PARAGRAPH.matcher(line).find();
                previous = paragraph ? line : null;
            }
        }
        return headings;
    }

    /** One link as written, with its 1-based line. */
    private record Link(int line, String target) {
    }

    private static List<Link> links(Path file) {
        List<Link> links = new ArrayList<>();
        List<String> visible = outsideCode(lines(file));
        for (int i = 0; i < visible.size(); i++) {
            String line = visible.get(i);
            if (line == null) {
                continue;
            }
            String text = withoutInlineCode(line);
            Matcher inline = INLINE_LINK.matcher(text);
            while (inline.find()) {
                links.add(new Link(i + 1, unwrap(inline.group(2))));
            }
            Matcher definition = REFERENCE_DEFINITION.matcher(text);
            if (definition.find()) {
                links.add(new Link(i + 1, unwrap(definition.group(1))));
            }
        }
        return links;
    }

    /** The lines of a file with those of fenced code blocks (fences included) replaced by null. */
    private static List<String> outsideCode(List<String> lines) {
        List<String> visible = new ArrayList<>(lines.size());
        String fence = null;
        for (String line : lines) {
            Matcher m = FENCE.matcher(line);
            if (fence == null) {
                if (m.matches() && !(m.group(1).charAt(0) == '`' && m.group(2).contains("`"))) {
                    fence = m.group(1);
                    visible.add(null);
                } else {
                    visible.add(line);
                }
            } else {
                if (m.matches() && m.group(1).charAt(0) == fence.charAt(0) && m.group(1).length() >= fence.length()
                        && m.group(2).isBlank()) {
                    fence = null;
                }
                visible.add(null);
            }
        }
        return visible;
    }

    /** The line with each code span ({@code `x`}, {@code ``x``}) blanked; an unmatched backtick stays. */
    static String withoutInlineCode(String line) {
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            if (line.charAt(i) != '`') {
                out.append(line.charAt(i++));
                continue;
            }
            int run = i;
            while (run < line.length() && line.charAt(run) == '`') {
                run++;
            }
            int length = run - i;
            int close = closingRun(line, run, length);
            if (close < 0) {
                out.append(line, i, run);
                i = run;
            } else {
                out.append(" ".repeat(close + length - i));
                i = close + length;
            }
        }
        return out.toString();
    }

    private static int closingRun(String line, int from, int length) {
        int i = from;
        while (i < line.length()) {
            if (line.charAt(i) != '`') {
                i++;
                continue;
            }
            int run = i;
            while (run < line.length() && line.charAt(run) == '`') {
                run++;
            }
            if (run - i == length) {
                return i;
            }
            i = run;
        }
        return -1;
    }

    private static String unwrap(String target) {
        return target.startsWith("<") && target.endsWith(">") ? target.substring(1, target.length() - 1) : target;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static String nearest(String anchor, Set<String> anchors) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : anchors) {
            int d = distance(anchor, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(3, anchor.length() / 3) ? best : null;
    }

    private static int distance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1),
                        diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()];
    }

    private static List<String> lines(Path file) {
        return List.of(read(file).split("\r\n|\r|\n", -1));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
