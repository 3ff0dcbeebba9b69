package cn.eport.onboarding.it.api;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A multipart/form-data upload as an API client sends it: the file part and the document type. */
record Multipart(String boundary, byte[] body) {

    static Multipart upload(String fileName, byte[] content, String documentType) {
        String boundary = "----api-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"documentType\"\r\n\r\n" + documentType + "\r\n");
        write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        out.writeBytes(content);
        write(out, "\r\n--" + boundary + "--\r\n");
        return new Multipart(boundary, out.toByteArray());
    }

    HttpRequest.BodyPublisher publisher() {
        return HttpRequest.BodyPublishers.ofByteArray(body);
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** A file of this size that starts with these bytes (a PDF's or a program's signature). */
    static byte[] file(String start, int size) {
        byte[] content = new byte[size];
        byte[] head = start.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, content, 0, head.length);
        return content;
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
