package io.github.cloudmckeys.app.cli;

import io.github.cloudmckeys.app.PortalSession;
import io.github.cloudmckeys.portal.ServiceEntry;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List your services, one \"Connection / Environment\" a line.")
final class ListCommand implements Callable<Integer> {

    @ParentCommand
    CloudMcKeysCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    PortalOptions portal;

    @Option(names = {"-l", "--long"}, description = "Also print the organization and the ids, tab-separated.")
    boolean longFormat;

    @Override
    public Integer call() throws CliFailure {
        try (PortalSession session = portal.open(parent.env)) {
            PrintWriter out = spec.commandLine().getOut();
            for (ServiceEntry entry : ServiceSelection.services(session.api())) {
                if (longFormat) {
                    out.println(String.join("\t", entry.label(), nullToEmpty(entry.organizationName()),
                            entry.connectionId(), entry.environmentId()));
                } else {
                    out.println(entry.label());
                }
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
