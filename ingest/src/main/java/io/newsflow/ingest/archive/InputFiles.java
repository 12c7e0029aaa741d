package io.newsflow.ingest.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Expands the paths a user gave into the files to read: folders recursively (hidden entries and
 * unknown extensions skipped), in a stable order so two loads of the same tree behave alike. Paths
 * that do not exist, files of an unknown type and folders with nothing readable become rejections.
 */
final class InputFiles {
    static final String SUPPORTED = ".txt, .html, .htm, .jsonl, .ndjson, .xml, .rss, .atom, .json (or .gz of them)";

    record Expansion(List<ArchiveFile> files, List<Rejection> rejections) {}

    Expansion expand(List<Path> inputs) {
        List<ArchiveFile> files = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        for (Path input : inputs) {
            String shown = input.toString();
            if (!Files.exists(input)) {
                rejections.add(new Rejection(shown, 0, "no such file or directory"));
            } else if (Files.isDirectory(input)) {
                List<Path> found;
                try (Stream<Path> walk = Files.walk(input)) {
                    found = walk.filter(p -> !p.equals(input) && !isHidden(input.relativize(p)))
                            .filter(Files::isRegularFile)
                            .filter(p -> format(p).isPresent())
                            .sorted()
                            .toList();
                } catch (IOException | UncheckedIOException e) {
                    rejections.add(new Rejection(shown, 0, "cannot list folder: " + e.getMessage()));
                    continue;
                }
                if (found.isEmpty()) {
                    rejections.add(new Rejection(shown, 0, "folder holds no readable files (" + SUPPORTED + ")"));
                }
                for (Path p : found) {
                    describe(p, p.toString(), rejections).ifPresent(files::add);
                }
            } else if (format(input).isEmpty()) {
                rejections.add(new Rejection(shown, 0, "unsupported file type (expected " + SUPPORTED + ")"));
            } else {
                describe(input, shown, rejections).ifPresent(files::add);
            }
        }
        return new Expansion(files, rejections);
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<ArchiveFile> describe(Path path, String shown, List<Rejection> rejections) {
        try {
            if (!Files.isReadable(path)) {
                rejections.add(new Rejection(shown, 0, "not readable (permission denied)"));
                return Optional.empty();
            }
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
            Path parent = path.toAbsolutePath().getParent();
            String source = parent == null || parent.getFileName() == null ? "file" : parent.getFileName().toString();
            return Optional.of(new ArchiveFile(path, shown, format(path).orElseThrow(), name.endsWith(".gz"),
                    attributes.size(), attributes.lastModifiedTime().toInstant(), source));
        } catch (IOException e) {
            rejections.add(new Rejection(shown, 0, "cannot read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** txt, html, jsonl or feed, from the extension (under .gz); empty for anything else. */
    static Optional<String> format(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return switch (ext) {
            case "txt", "text" -> Optional.of("txt");
            case "html", "htm", "xhtml" -> Optional.of("html");
            case "jsonl", "ndjson" -> Optional.of("jsonl");
            case "xml", "rss", "atom", "rdf", "json" -> Optional.of("feed");
            default -> Optional.empty();
        };
    }
}
