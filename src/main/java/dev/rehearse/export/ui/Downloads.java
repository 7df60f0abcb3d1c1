package dev.rehearse.export.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.springframework.modulith.NamedInterface;

/** A link that downloads what {@code content} makes when it is clicked, for the signed-in person. */
@NamedInterface("ui")
public final class Downloads {

    private Downloads() {
    }

    public static Anchor link(String text, String fileName, String contentType, Supplier<byte[]> content) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        }), text);
        anchor.addClassName("download-link");
        return anchor;
    }
}
