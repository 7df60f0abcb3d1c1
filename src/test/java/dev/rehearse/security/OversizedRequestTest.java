package dev.rehearse.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A request body far larger than any answer gets a clean 413 and one line in the log, signed in or not. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class OversizedRequestTest {

    @LocalServerPort
    int port;

    @Test
    void threeMegabytesAreRefusedWith413AndOneLogLineWhereverTheyArePosted(CapturedOutput output) throws Exception {
        byte[] body = new byte[3 * 1024 * 1024];
        Arrays.fill(body, (byte) 'a');
        String[][] targets = {{"/login", "application/x-www-form-urlencoded"},
            {"/?v-r=uidl&v-uiId=0", "application/json"}, {"/api/interviews/x/items/1/answer", "application/json"},
            {"/register", "text/plain"}, {"/VAADIN/dynamic/resource/0/x/upload", "multipart/form-data; boundary=b"}};
        long before = output.getAll().lines().count();
        for (String[] target : targets) {
            HttpRequest.BodyPublisher publisher = target[0].startsWith("/VAADIN")
                    ? HttpRequest.BodyPublishers.ofByteArray(new byte[25 * 1024 * 1024])
                    : HttpRequest.BodyPublishers.ofByteArray(body);
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + target[0])).header("Content-Type", target[1])
                    .POST(publisher).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(target[0]).isEqualTo(413);
            assertThat(response.body()).startsWith("This request is too large: at most");
        }
        var logged = output.getAll().lines().skip(before).toList();
        assertThat(logged).filteredOn(l -> l.contains("Refused a request of")).hasSize(targets.length);
        assertThat(logged).noneMatch(l -> l.strip().startsWith("at ") || l.contains("Exception"));
    }
}
