package cn.zwgk.audit.fuzz;

import cn.zwgk.audit.batch.InputFiles;

import java.nio.file.Path;
import java.util.List;

/** Lists what a batch would audit under a folder, as another process can (see PathFaultsTest). */
public final class FolderProbe {

    public static void main(String[] args) throws Exception {
        List<Path> files = InputFiles.collect(List.of(Path.of(args[0])), Path.of(args[1]),
                s -> System.out.println("SKIPPED " + s));
        for (Path f : files) System.out.println("FILE " + f.getFileName());
    }
}
