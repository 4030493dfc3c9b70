package zonepulse.ingest.fetch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt (RFC 9309) for one product token: the group naming the token, else the {@code *} group;
 * the longest matching Allow or Disallow path wins, Allow on a tie; {@code *} and a final {@code $} in paths.
 */
public final class RobotsRules {
    public static final RobotsRules ALLOW_ALL = new RobotsRules(List.of());
    public static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule(false, "/")));

    private final List<Rule> rules;

    private RobotsRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    private record Rule(boolean allow, String pattern) {}

    public static RobotsRules parse(byte[] robotsTxt, String productToken) {
        String text = new String(robotsTxt, StandardCharsets.UTF_8);
        String token = productToken.toLowerCase(Locale.ROOT);
        List<Rule> own = new ArrayList<>();
        List<Rule> star = new ArrayList<>();
        boolean ownSeen = false;
        boolean forOwn = false;
        boolean forStar = false;
        boolean inAgents = false;
        for (String rawLine : text.split("\\r?\\n|\\r")) {
            String line = rawLine.replaceFirst("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "user-agent" -> {
                    if (!inAgents) {
                        forOwn = false;
                        forStar = false;
                        inAgents = true;
                    }
                    String agent = value.toLowerCase(Locale.ROOT);
                    if (agent.equals("*")) {
                        forStar = true;
                    } else if (!agent.isEmpty() && (token.startsWith(agent) || agent.startsWith(token))) {
                        forOwn = true;
                        ownSeen = true;
                    }
                }
                case "allow", "disallow" -> {
                    inAgents = false;
                    if (value.isEmpty()) {
                        continue; // "Disallow:" allows everything
                    }
                    Rule rule = new Rule(key.equals("allow"), value);
                    if (forOwn) {
                        own.add(rule);
                    }
                    if (forStar) {
                        star.add(rule);
                    }
                }
                default -> inAgents = false;
            }
        }
        return new RobotsRules(ownSeen ? own : star);
    }

    /** Whether the URL's path and query may be fetched. */
    public boolean allows(URI uri) {
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            path += "?" + uri.getRawQuery();
        }
        Rule best = null;
        for (Rule rule : rules) {
            if (matches(rule.pattern(), path)) {
                if (best == null
                        || rule.pattern().length() > best.pattern().length()
                        || (rule.pattern().length() == best.pattern().length() && rule.allow())) {
                    best = rule;
                }
            }
        }
        return best == null || best.allow();
    }

    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        return matchesFrom(p, 0, path, 0, anchored);
    }

    private static boolean matchesFrom(String p, int pi, String s, int si, boolean anchored) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                for (int k = si; k <= s.length(); k++) {
                    if (matchesFrom(p, pi + 1, s, k, anchored)) {
                        return true;
                    }
                }
                return false;
            }
            if (si >= s.length() || s.charAt(si) != c) {
                return false;
            }
            pi++;
            si++;
        }
        return !anchored || si == s.length();
    }
}
