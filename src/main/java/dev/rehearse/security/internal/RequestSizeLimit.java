package dev.rehearse.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than anything the app needs before any other code reads it: 1 MB for pages, forms
 * and the answer endpoint (an answer of 20,000 characters is far less, even escaped), and the import's limit plus a
 * margin for Vaadin's uploads. The person gets a 413 with a sentence, the log one line, and nothing a stack trace. A
 * body without a length (chunked), which no browser sends here, is refused with 411.
 */
public class RequestSizeLimit extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestSizeLimit.class);

    private final long maxBytes;
    private final long maxUploadBytes;

    public RequestSizeLimit(long maxBytes, long maxUploadBytes) {
        this.maxBytes = maxBytes;
        this.maxUploadBytes = maxUploadBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean chunked = length < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        long limit = isUpload(request) ? maxUploadBytes : maxBytes;
        if (chunked) {
            refuse(request, response, HttpServletResponse.SC_LENGTH_REQUIRED, length, limit,
                    "This request needs a Content-Length.");
        } else if (length > limit) {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, length, limit,
                    "This request is too large: at most %d KB.".formatted(limit / 1024));
        } else {
            chain.doFilter(request, response);
        }
    }

    /** Vaadin's uploads (the import, the admin's question files) post to its dynamic resource addresses. */
    private static boolean isUpload(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/VAADIN/dynamic/");
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, long length,
            long limit, String message) throws IOException {
        log.warn("Refused a request of {} bytes to {} from {} (limit {} bytes): {}", length < 0 ? "unknown" : length,
                request.getRequestURI(), request.getRemoteAddr(), limit, status);
        response.setHeader("Connection", "close");
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(message + "\n");
    }
}
