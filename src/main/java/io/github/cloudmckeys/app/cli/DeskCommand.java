package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.i18n.Messages;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A command about the remembered portals themselves (login, logout, portals) rather than one portal's services. */
abstract class DeskCommand implements Callable<Integer> {

    @ParentCommand
    CloudMcKeysCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws CliFailure {
        int code = run();
        out().flush();
        return code;
    }

    abstract int run() throws CliFailure;

    CommandLineDesk desk() {
        return parent.desk;
    }

    Messages messages() {
        return parent.messages;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
