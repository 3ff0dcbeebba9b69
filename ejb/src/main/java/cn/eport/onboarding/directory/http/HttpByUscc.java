package cn.eport.onboarding.directory.http;

import cn.eport.onboarding.directory.Directory;
import cn.eport.onboarding.directory.DirectoryResult;

import java.util.Map;
import java.util.Objects;

/**
 * An HTTP adapter for a directory with at most one record per USCC: {@code GET {url}/{resource}/{uscc}}.
 *
 * @param <T> the directory's record
 */
abstract class HttpByUscc<T> {

    private final HttpDirectoryClient client;
    private final String resource;
    private final ResponseReader<T> reader;

    HttpByUscc(Directory directory, HttpDirectoryClient client, String resource, ResponseReader<T> reader) {
        this.client = requireFor(directory, client);
        this.resource = resource;
        this.reader = reader;
    }

    public DirectoryResult<T> find(String uscc) {
        return client.get(resource, uscc, Map.of(), reader);
    }

    /** An adapter and its client must serve the same directory, or logs and messages would name the wrong one. */
    static HttpDirectoryClient requireFor(Directory directory, HttpDirectoryClient client) {
        Objects.requireNonNull(client, "client");
        if (client.directory() != directory) {
            throw new IllegalArgumentException("a client for " + directory + " is needed, not for " + client.directory());
        }
        return client;
    }
}
