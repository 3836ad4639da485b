package dev.accord.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedMaterialTest {

    @TempDir
    Path tmp;

    private Path checkout(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("accord-align"));
        Files.writeString(dir.resolve("mvnw"), "#!/bin/sh\n");
        return dir.resolve("accord-align");
    }

    @Test
    void findsTheSharedFolderBesideTheCheckout() throws IOException {
        Path module = checkout(tmp.resolve("accord"));
        Path shared = Files.createDirectories(tmp.resolve("shared/benchmarks"));
        assertEquals(Optional.of(shared.getParent()), SharedMaterial.sharedDir(module, null));
    }

    @Test
    void ignoresASharedFolderHigherUpThanBesideTheCheckout() throws IOException {
        Files.createDirectories(tmp.resolve("shared/benchmarks"));
        Path module = checkout(tmp.resolve("work/projects/accord"));
        assertEquals(Optional.empty(), SharedMaterial.sharedDir(module, null));
    }

    @Test
    void thePropertyNamesTheFolderWhereverItIs() throws IOException {
        Path module = checkout(tmp.resolve("accord"));
        Path elsewhere = Files.createDirectories(tmp.resolve("data/material"));
        assertEquals(Optional.of(elsewhere), SharedMaterial.sharedDir(module, elsewhere.toString()));
        assertEquals(Optional.empty(), SharedMaterial.sharedDir(module, tmp.resolve("missing").toString()));
    }
}
