package org.ppcheck.register;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** An event as JSON, one shape for {@code history --format json} and webhooks. */
public final class EventJson {
    private EventJson() {
    }

    public static ObjectNode of(Event e) {
        ObjectNode n = Reports.JSON.createObjectNode();
        n.put("id", e.id()).put("vendor", e.vendor()).put("kind", e.kind().label()).put("at", e.at().toString());
        if (e.versionSeq() != null) {
            n.put("version", e.versionSeq());
        }
        n.put("snapshot", e.snapshot()).put("previousSnapshot", e.previousSnapshot()).put("summary", e.summary());
        n.set("detail", e.detail());
        return n;
    }
}
