package cn.eport.onboarding.directory.http;

import cn.eport.onboarding.directory.DirectoryResult.Reason;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A directory service that answers from a script, without a network: each request takes the next
 * reply, the last reply repeats. It records every request. The network's own failure modes
 * (timeouts, refused connections) and Fault Tolerance are tested in the server
 * (HttpDirectoryAdaptersIT against the upstream WAR).
 */
final class ScriptedTransport implements DirectoryTransport {

    /** One request as the adapter made it. */
    record Request(String resource, String uscc, Map<String, String> query) {
    }

    /** A status with a body, or no answer at all ({@code unreachable} set). */
    record Reply(RawAnswer answer, Reason unreachable) {
        static Reply json(String body) {
            return new Reply(RawAnswer.of(200, body.getBytes(StandardCharsets.UTF_8)), null);
        }

        static Reply status(int status) {
            return new Reply(RawAnswer.of(status, new byte[0]), null);
        }

        static Reply noAnswer(Reason reason) {
            return new Reply(null, reason);
        }
    }

    private final Queue<Reply> replies = new ConcurrentLinkedQueue<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Reply last = Reply.status(500);

    void replies(Reply... script) {
        replies.addAll(List.of(script));
    }

    List<Request> requests() {
        return requests;
    }

    @Override
    public RawAnswer get(String resource, String uscc, Map<String, String> query) throws DirectoryUnreachable {
        requests.add(new Request(resource, uscc, Map.copyOf(query)));
        Reply reply = replies.poll();
        if (reply == null) {
            reply = last;
        } else {
            last = reply;
        }
        if (reply.unreachable() != null) {
            throw new DirectoryUnreachable(reply.unreachable(), "scripted " + reply.unreachable());
        }
        return reply.answer();
    }
}
