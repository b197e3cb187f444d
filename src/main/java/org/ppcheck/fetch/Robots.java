package org.ppcheck.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt per host, parsed with crawler-commons for the robot name "ppcheck" (RFC 9309). A
 * missing robots.txt (4xx) allows everything; a server error (5xx) disallows everything, as the RFC
 * asks; a host that does not answer at all fails the fetch. Fetched once per host and run.
 */
final class Robots {
    private static final String ROBOT = "ppcheck";

    private final HttpFetcher fetcher;
    private final Map<String, BaseRobotRules> byHost = new ConcurrentHashMap<>();
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();

    Robots(HttpFetcher fetcher) {
        this.fetcher = fetcher;
    }

    /** Whether robots.txt lets ppcheck fetch the URL; a host that cannot be reached at all is a failed fetch. */
    boolean allows(URI url) throws FetchException {
        String origin = url.getScheme() + "://" + url.getRawAuthority();
        BaseRobotRules rules = byHost.get(origin);
        if (rules == null) {
            rules = load(origin);
            byHost.put(origin, rules);
        }
        return rules.isAllowed(url.toString());
    }

    private BaseRobotRules load(String origin) throws FetchException {
        URI robotsUrl = URI.create(origin + "/robots.txt");
        try {
            Fetched f = fetcher.getRaw(robotsUrl);
            if (f.status() >= 300) {
                return parser.failedFetch(f.status()); // a redirect we do not follow here: like a 3xx without content
            }
            return parser.parseContent(robotsUrl.toString(), f.body(), f.header("Content-Type"), List.of(ROBOT));
        } catch (FetchException e) {
            if (e.status() == 0) {
                throw e; // no answer at all: the site is unreachable, not forbidding
            }
            return parser.failedFetch(e.status()); // 4xx: allow all; 5xx: disallow all
        }
    }
}
