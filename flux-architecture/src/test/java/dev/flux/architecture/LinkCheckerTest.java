package dev.flux.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCheckerTest {
    @TempDir
    Path root;

    private Path write(String relative, String... lines) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    private List<LinkChecker.BrokenLink> check(Path file) {
        return new LinkChecker(root).check(List.of(file));
    }

    @Test
    void aLinkToAMissingFileIsReportedWithFileLineAndLink() throws IOException {
        Path readme = write("README.md", "# Title", "", "See [the guide](docs/gide.md).");
        write("docs/guide.md", "# Guide");

        assertThat(check(readme)).extracting(Object::toString)
                .containsExactly("README.md:3: (docs/gide.md) no such file or folder: docs/gide.md");
    }

    @Test
    void anAnchorThatMatchesNoHeadingOfAnotherFileIsReported() throws IOException {
        Path readme = write("README.md", "See [secrets](docs/config.md#secret).");
        write("docs/config.md", "# Configuration", "", "## Secrets");

        List<LinkChecker.BrokenLink> broken = check(readme);

        assertThat(broken).hasSize(1);
        assertThat(broken.get(0).line()).isEqualTo(1);
        assertThat(broken.get(0).link()).isEqualTo("docs/config.md#secret");
        assertThat(broken.get(0).reason())
                .isEqualTo("no heading of docs/config.md has the anchor 'secret'; did you mean '#secrets'?");
    }

    @Test
    void anAnchorThatMatchesNoHeadingOfTheSameFileIsReported() throws IOException {
        Path page = write("docs/page.md", "# Page", "", "Back to [the top](#pages).", "", "## Other");

        assertThat(check(page)).extracting(LinkChecker.BrokenLink::file, LinkChecker.BrokenLink::line,
                LinkChecker.BrokenLink::link).containsExactly(tuple(Path.of("docs/page.md"), 3, "#pages"));
    }

    @Test
    void existingFilesFoldersAndAnchorsPass() throws IOException {
        write("LICENSE", "text");
        write("docs/other.md", "# Other", "", "## Part one", "", "Setext heading", "--------------");
        Path page = write("docs/page.md",
                "# Page",
                "[license](../LICENSE), [docs folder](.), [root](/LICENSE), [part](other.md#part-one),",
                "[setext](other.md#setext-heading), [here](#page), [top](other.md#), [title](other.md \"Other\"),",
                "![image alt](<other.md>), [`code` in text](other.md)",
                "",
                "[reference]: other.md#part-one");

        assertThat(check(page)).isEmpty();
        assertThat(new LinkChecker(root).countRelativeLinks(List.of(page))).isEqualTo(11);
    }

    @Test
    void linksInCodeAndLinksWithASchemeAreNotChecked() throws IOException {
        Path page = write("page.md",
                "# Page",
                "```md",
                "[inside a fence](missing.md)",
                "```",
                "~~~~",
                "[inside a tilde fence](missing.md)",
                "```",
                "~~~~",
                "Inline `[code](missing.md)` and ``[double `tick`](missing.md)``.",
                "[web](https://example.com/missing.md) [mail](mailto:team@example.com) [http](http://x/y#z)");

        assertThat(check(page)).isEmpty();
        assertThat(new LinkChecker(root).countRelativeLinks(List.of(page))).isZero();
    }

    @Test
    void aLinkLeavingTheRepositoryIsReported() throws IOException {
        Path page = write("docs/page.md", "[up](../../elsewhere.md)");

        assertThat(check(page)).extracting(LinkChecker.BrokenLink::reason)
                .containsExactly("leads outside the repository");
    }

    @Test
    void aBrokenReferenceDefinitionIsReported() throws IOException {
        Path page = write("page.md", "[text][ref]", "", "[ref]: nowhere.md");

        assertThat(check(page)).extracting(LinkChecker.BrokenLink::line).containsExactly(3);
    }

    @Test
    void anchorsFollowGitHubsRules() throws IOException {
        Path page = write("page.md",
                "# flux",
                "## Repeatable scripts: `pre-apply/` and `post-apply/`",
                "## H2 (`backend = \"h2\"`)",
                "## Using `flux:` outside a pom",
                "## snake_case and Ünïcode ✓ ×2",
                "## [Linked](https://example.com) heading ##",
                "## Notes",
                "## Notes",
                "### Notes",
                "```",
                "## Not a heading",
                "```");

        assertThat(LinkChecker.anchors(page)).containsExactly(
                "flux",
                "repeatable-scripts-pre-apply-and-post-apply",
                "h2-backend--h2",
                "using-flux-outside-a-pom",
                "snake_case-and-ünïcode--2",
                "linked-heading",
                "notes",
                "notes-1",
                "notes-2");
    }

    @Test
    void theRepositoryRootIsTheNearestFolderAboveWithTheParentPomAndTheReadme() throws IOException {
        write("pom.xml", "<project><modules><module>a</module></modules></project>");
        write("README.md", "# Root");
        write("a/pom.xml", "<project><parent/></project>");
        Files.createDirectories(root.resolve("a/src/test"));

        assertThat(LinkChecker.repositoryRoot(root.resolve("a/src/test"))).isEqualTo(root.toAbsolutePath().normalize());
    }

    @Test
    void noRepositoryRootIsAnErrorThatSaysWhatIsMissing() {
        assertThatThrownBy(() -> LinkChecker.repositoryRoot(root))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("parent pom.xml and README.md");
    }
}
