package dev.rehearse.coverage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A one-question bank written into a test's folder, for the command and the advisor. */
final class SampleBank {

    static final String ID = "bg-tasks-timing";

    private SampleBank() {
    }

    static Path writeTo(Path dir) throws IOException {
        Path topic = Files.createDirectories(dir.resolve("background"));
        Files.writeString(topic.resolve(ID + ".md"), """
                ---
                id: bg-tasks-timing
                title: When do background tasks run
                difficulty: easy
                sources: [https://fastapi.tiangolo.com/tutorial/background-tasks/]
                verified: fastapi 0.141, 2026-12
                key_points:
                  - text: Background tasks run after the response has been sent to the client
                    match: [after the response, once the response]
                  - text: They run in the same process, so a crash or restart loses them
                    match: [same process, lost on restart, celery]
                  - text: Sync task functions run in the thread pool, async ones on the event loop
                    match: [thread pool, threadpool]
                ---

                ## Question

                You add a BackgroundTasks parameter to an endpoint. When does the task run?

                ## Model answer

                After the response is sent, in the same process: a sync function goes to the thread pool, an
                async one runs on the event loop. A restart loses queued tasks, so use Celery for durable work.
                """);
        return dir;
    }
}
