package io.github.cloudmckeys.ui;

import static io.github.cloudmckeys.ui.MainViewModelTest.CLOCK;
import static io.github.cloudmckeys.ui.MainViewModelTest.LABELS;
import static io.github.cloudmckeys.ui.MainViewModelTest.ROLES;
import static io.github.cloudmckeys.ui.MainViewModelTest.entry;

import io.github.cloudmckeys.app.cli.CommandLineApp;
import io.github.cloudmckeys.demo.DemoPortal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Saving the demo portal's ccontini script the two ways a user can: the command line's
 * {@code export -o FILE} and the window's Save (dialogs answered by the test), each
 * reporting the one sentence the user reads.
 */
final class SaveFaults implements AutoCloseable {
    /** What the command line did: its exit code and streams. */
    record CliRun(int exitCode, String out, String err) {}

    private final DemoPortal portal = DemoPortal.start();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final MainViewModel model;

    SaveFaults() {
        model = new MainViewModel(BackgroundRunner.inPlace(), new RecordingClipboard(), dialogs, CLOCK, ROLES, LABELS);
        model.connect(Portals.demo(portal));
        model.select(entry(model, "Object Storage / ccontini"));
    }

    /** {@code cloudmc-keys export --demo --service ccontini -o FILE [more]}. */
    static CliRun cliExport(Path file, String... more) {
        List<String> args = new ArrayList<>(
                List.of("export", "--demo", "--service", "ccontini", "-o", file.toString()));
        args.addAll(List.of(more));
        return cli(args);
    }

    /** {@code cloudmc-keys export --demo --service ccontini -f clouds-yaml --merge -o FILE [more]}. */
    static CliRun cliMerge(Path cloudsYaml, String... more) {
        List<String> args = new ArrayList<>(List.of("export", "--demo", "--service", "ccontini",
                "-f", "clouds-yaml", "--merge", "-o", cloudsYaml.toString()));
        args.addAll(List.of(more));
        return cli(args);
    }

    private static CliRun cli(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLineApp.run(args.toArray(String[]::new), Map.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Save in the window, into {@code file}, answering "Replace?" with {@code replace}; the banner's sentence. */
    String windowSave(Path file, boolean replace) {
        model.banner().dismiss();
        dialogs.answerSaveWith(file).answerReplaceWith(replace);
        model.saveExports();
        return model.banner().messageProperty().get();
    }

    /** The script the window would save. */
    String script() {
        return model.export().scriptProperty().get();
    }

    MainViewModel model() {
        return model;
    }

    @Override
    public void close() {
        model.close();
        portal.close();
    }
}
