package io.github.cloudmckeys.bench;

import io.github.cloudmckeys.net.NetSession;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * What any command against a portal does at the least: one GET through the app's HTTP session
 * ({@link NetSession}, the JDK's HttpClient), closed as a command closes it. Its time beside the
 * hello world's is the part of the command line's figure that no code of ours spends.
 */
public final class HttpGetAlone {
    private HttpGetAlone() {}

    public static void main(String[] args) throws Exception {
        try (NetSession session = NetSession.direct()) {
            HttpResponse<Void> answer = session.client().send(HttpRequest.newBuilder(URI.create(args[0])).build(),
                    HttpResponse.BodyHandlers.discarding());
            System.out.println(answer.statusCode());
        }
    }
}
