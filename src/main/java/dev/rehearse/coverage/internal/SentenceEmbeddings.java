package dev.rehearse.coverage.internal;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sentence vectors from the all-MiniLM-L6-v2 model (quantized), which ships inside its jar and runs in this JVM on
 * ONNX Runtime, with no network. One instance per JVM ({@link #shared()}): it starts loading the model on a background
 * thread when first asked for (about 1.5 s), so the first answer to score waits for what is left of that at most. Key points are few
 * and fixed, so their vectors are kept; an answer's sentences are not.
 */
public final class SentenceEmbeddings {

    private static final int MAX_CACHED = 10_000;

    private final CompletableFuture<EmbeddingModel> model;
    private final Map<String, float[]> keyPointVectors = new ConcurrentHashMap<>();

    private SentenceEmbeddings(CompletableFuture<EmbeddingModel> model) {
        this.model = model;
    }

    private static final class Shared {
        static final SentenceEmbeddings INSTANCE = loadInBackground();
    }

    /** The one instance of this JVM; the first call starts loading the model and returns at once. */
    public static SentenceEmbeddings shared() {
        return Shared.INSTANCE;
    }

    private static SentenceEmbeddings loadInBackground() {
        CompletableFuture<EmbeddingModel> loading = new CompletableFuture<>();
        Thread.ofPlatform().name("coverage-model-loader").daemon().start(() -> {
            try {
                // Runnable::run embeds in the caller's thread: no pool of our own to size or to stop.
                loading.complete(new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run));
            } catch (Throwable e) {
                loading.completeExceptionally(e);
            }
        });
        return new SentenceEmbeddings(loading);
    }

    /** The vector of a key point's text, computed once. */
    public float[] ofKeyPoint(String text) {
        float[] known = keyPointVectors.get(text);
        if (known != null) {
            return known;
        }
        float[] vector = of(List.of(text)).getFirst();
        if (keyPointVectors.size() < MAX_CACHED) {
            keyPointVectors.put(text, vector);
        }
        return vector;
    }

    /** The vectors of the given sentences, in order, in one call to the model. */
    public List<float[]> of(List<String> sentences) {
        if (sentences.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = sentences.stream().map(TextSegment::from).toList();
        return model.join().embedAll(segments).content().stream().map(Embedding::vector).toList();
    }

    /** Cosine similarity of two vectors (the model's vectors are normalised, so this is their dot product). */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
