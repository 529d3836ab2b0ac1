package dev.flux.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every relative link of {@code README.md} and {@code docs/*.md} leads somewhere: the file or folder
 * exists, and a {@code #anchor} matches a heading of its target as GitHub renders it.
 */
class DocsLinksTest {

    @Test
    void everyRelativeLinkOfTheReadmeAndTheDocsLeadsToAFileAndHeadingThatExist() {
        Path root = LinkChecker.repositoryRoot(Path.of(System.getProperty("basedir", System.getProperty("user.dir"))));
        List<Path> files = LinkChecker.documentation(root);
        LinkChecker checker = new LinkChecker(root);

        List<LinkChecker.BrokenLink> broken = checker.check(files);

        assertThat(checker.countRelativeLinks(files))
                .as("relative links found in %s", files)
                .isPositive();
        assertThat(broken)
                .as("broken links (fix the link, or the heading it points at):%n%s",
                        broken.stream().map(Object::toString).collect(Collectors.joining(System.lineSeparator())))
                .isEmpty();
    }
}
