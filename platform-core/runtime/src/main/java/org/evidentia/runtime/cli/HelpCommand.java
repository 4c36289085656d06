package org.evidentia.runtime.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.evidentia.runtime.text.CloseNames;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code evidentia help [COMMAND [SUBCOMMAND]]}: the help of the command the words name, down any depth
 * ({@code help plugins install} is {@code plugins install --help}), which picocli's own help command
 * does not do (it reads the first word only and printed the help of {@code plugins}). A word that names
 * no command is refused as {@code evidentia nosuch} is, with the commands a typo away.
 */
@Command(name = "help", helpCommand = true,
        description = "Show the help of a command: `help plugins install` is `plugins install --help`.")
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Callable<Integer> {

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command, and its subcommand, to show the help of.")
    private List<String> path = new ArrayList<>();

    private CommandLine self;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
        this.self = helpCommandLine;
        this.out = out;
    }

    @Override
    public Integer call() {
        CommandLine shown = self.getParent();
        for (String name : path) {
            CommandLine next = shown.getSubcommands().get(name);
            if (next == null) {
                List<String> names = List.copyOf(shown.getSubcommands().keySet());
                String command = shown.getCommandSpec().qualifiedName();
                throw new CommandLine.ParameterException(shown, names.isEmpty()
                        ? "'" + command + "' has no commands under it; '" + name + "' is none"
                        : "unknown command '" + name + "' of '" + command + "'; its commands: " + String.join(", ", names)
                                + CloseNames.didYouMean(name, names, n -> command + " " + n));
            }
            shown = next;
        }
        shown.usage(out, shown.getColorScheme());
        return shown.getCommandSpec().exitCodeOnUsageHelp();
    }
}
