package vn.gov.ward.assistant.web;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Judges a request's body before anything reads it: a declared length over the limit is 413 at once, a
 * body sent without one is cut where it passes the limit (reading it then fails with {@link BodyTooLarge},
 * 413); a Content-Type that is not one concrete type with a known charset is 415. The limit is
 * {@code assistant.max-body-size} (64 KB: chat, webhooks, the JSON API); the CSV import streams up to its
 * own {@code assistant.csv-import-max-size} and reports where it stopped.
 */
class BodyLimitFilter extends OncePerRequestFilter {

    static final String IMPORT_PATH = "/api/v1/dossiers/import";

    private final long limit;
    private final long importLimit;
    private final JsonMapper json;

    BodyLimitFilter(long limit, long importLimit, JsonMapper json) {
        this.limit = limit;
        this.importLimit = importLimit;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean isImport = IMPORT_PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
        long allowed = isImport ? importLimit : limit;
        if (request.getContentLengthLong() > allowed) {
            refuse(response, HttpStatus.CONTENT_TOO_LARGE, "The request body is over " + readable(allowed));
            return;
        }
        String contentType = request.getContentType();
        if (contentType != null && !concrete(contentType)) {
            refuse(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The Content-Type must name one type (such as application/json)"
                    + " and, if any, a known charset");
            return;
        }
        chain.doFilter(isImport ? request : new Limited(request, allowed), response);
    }

    private static boolean concrete(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            String charset = type.getParameter("charset");
            if (charset != null) Charset.forName(charset.replace("\"", ""));
            return type.isConcrete();
        } catch (InvalidMediaTypeException | IllegalCharsetNameException | java.nio.charset.UnsupportedCharsetException e) {
            return false;
        }
    }

    private void refuse(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), new ApiError(status.value(), status.getReasonPhrase(), message, List.of()));
    }

    static String readable(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) return bytes / (1024 * 1024) + " MB";
        return bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " bytes";
    }

    /** The request with a body that fails once it passes the limit. */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) stream = new LimitedStream(super.getInputStream(), limit);
            return stream;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    encoding == null ? java.nio.charset.StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }
    }

    private static final class LimitedStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        LimitedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b != -1) count(1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, (int) Math.min(length, limit - read + 1));
            if (n > 0) count(n);
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > limit) throw new BodyTooLarge(limit);
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
