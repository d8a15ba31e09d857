package cn.zwgk.audit.fuzz;

import cn.zwgk.audit.cli.AuditCommand;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line and prints what it said, as another process can (see PathFaultsTest). */
public final class FolderProbe {

    record Run(int code, String output) {}

    static Run inProcess(String... args) {
        StringWriter text = new StringWriter();
        CommandLine cl = AuditCommand.commandLine();
        cl.setOut(new PrintWriter(text, true));
        cl.setErr(new PrintWriter(text, true));
        int code = cl.execute(args);
        return new Run(code, text.toString());
    }

    public static void main(String[] args) {
        Run run = inProcess(args);
        System.out.print(run.output());
        System.exit(run.code());
    }
}
