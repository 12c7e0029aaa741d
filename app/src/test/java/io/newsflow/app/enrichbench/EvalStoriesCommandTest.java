package io.newsflow.app.enrichbench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.Newsflow;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EvalStoriesCommandTest {
    private static final String PAIRS = Path.of("..", "enrich", "src", "test", "resources", "story-pairs").toString();

    @Test
    void printsPrecisionAndRecallPerCategoryAndTheGoal() {
        Run run = run("eval", "stories", "--pairs", PAIRS);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("category template-weather", "half held-out", "origin wikigold", "all",
                "goal (recall >= 0.95 at precision >= 0.99): met");
    }

    @Test
    void triesOtherThresholdsFromSet() {
        Run run = run("eval", "stories", "--pairs", PAIRS, "--set", "enrich.story.min.containment=0.99");
        assertThat(run.out()).contains("min containment 0.99", "NOT met");
    }

    @Test
    void saysWhereThePairSetShouldBe() {
        Run run = run("eval", "stories", "--pairs", "no-such-dir");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("has no pairs/ directory", "--pairs DIR");
    }

    private record Run(int exitCode, String out, String err) {}

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int exitCode = Newsflow.commandLine().execute(args);
            return new Run(exitCode, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
