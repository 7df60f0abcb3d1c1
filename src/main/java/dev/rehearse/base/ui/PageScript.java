package dev.rehearse.base.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A page script kept in its own file beside the component that runs it (no frontend build runs here, so scripts
 * are not bundled): read once from the classpath, then handed to {@code Element.executeJs}, which runs it with the
 * element as {@code this} and the arguments as {@code $0}, {@code $1}, ...
 */
public final class PageScript {

    private static final Map<String, String> SCRIPTS = new ConcurrentHashMap<>();

    private PageScript() {
    }

    /** The text of {@code name}, a resource in the package of {@code owner}. */
    public static String of(Class<?> owner, String name) {
        return SCRIPTS.computeIfAbsent(owner.getPackageName() + "/" + name, key -> read(owner, name));
    }

    private static String read(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("page script " + name + " is missing beside " + owner.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
