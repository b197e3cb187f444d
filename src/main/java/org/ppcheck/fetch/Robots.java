package org.ppcheck.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt per host, parsed with crawler-commons for the robot name "ppcheck" (RFC 9309). A
 * missing robots.txt (4xx) allows everything; one that cannot be fetched (5xx, network) disallows
 * everything, as the RFC asks. Fetched once per host and run.
 */
final class Robots {
    private static final String ROBOT = "ppcheck";

    private final HttpFetcher fetcher;
    private final Map<String, BaseRobotRules> byHost = new ConcurrentHashMap<>();
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();

    Robots(HttpFetcher fetcher) {
        this.fetcher = fetcher;
    }

    boolean allows(URI url) {
        String origin = url.getScheme() + "://" + url.getRawAuthority();
        BaseRobotRules rules = byHost.computeIfAbsent(origin, this::load);
        return rules.isAllowed(url.toString());
    }

    private BaseRobotRules load(String origin) {
        URI robotsUrl = URI.create(origin + "/robots.txt");
        try {
            Fetched f = fetcher.getRaw(robotsUrl);
            if (f.status() >= 300) {
                return parser.failedFetch(f.status()); // a redirect we do not follow here: like a 3xx without content
            }
            return parser.parseContent(robotsUrl.toString(), f.body(), f.header("Content-Type"), List.of(ROBOT));
        } catch (FetchException e) {
            String message = e.getMessage();
            int status = message != null && message.startsWith("HTTP ") ? Integer.parseInt(message.substring(5, 8)) : 503;
            return parser.failedFetch(status);
        }
    }
}
