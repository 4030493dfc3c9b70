package zonepulse.ingest.feed;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses RSS 0.9x/1.0/2.0 and Atom with Rome, JSON Feed 1.x with Jackson. XML with a DOCTYPE is refused before Rome
 * sees it, and Rome itself runs with DOCTYPEs disallowed and no external entities: no XXE, no entity expansion
 * (billion laughs). The charset comes from the BOM, the XML declaration or the HTTP header, as XML says.
 */
public final class FeedParser {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PROLOG_SCAN = 64 * 1024;

    public ParsedFeed parse(byte[] body, String contentType) throws FeedRefusedException {
        if (body.length == 0) {
            throw new FeedRefusedException("empty feed");
        }
        if (looksLikeJson(body, contentType)) {
            return parseJsonFeed(body);
        }
        refuseDoctype(body);
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        input.setXmlHealerOn(true);
        SyndFeed feed;
        // RFC 7303: without a charset parameter the XML itself says (BOM, declaration, else UTF-8), even for text/xml
        String httpType =
                zonepulse.ingest.fetch.FetchResponse.charsetOf(contentType) == null ? "application/xml" : contentType;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), httpType, true)) {
            feed = input.build(reader);
        } catch (FeedException | IOException | RuntimeException e) {
            throw new FeedRefusedException("not a well-formed RSS or Atom feed: " + rootMessage(e), e);
        }
        try {
            List<FeedItem> items = new ArrayList<>();
            for (SyndEntry entry : feed.getEntries()) {
                items.add(itemOf(entry));
            }
            return new ParsedFeed(feed.getFeedType(), blankToNull(feed.getTitle()), items);
        } catch (RuntimeException e) {
            throw new FeedRefusedException("unreadable feed items: " + rootMessage(e), e);
        }
    }

    private static FeedItem itemOf(SyndEntry entry) {
        String content = null;
        boolean html = true;
        boolean full = false;
        List<SyndContent> contents = entry.getContents();
        if (contents != null && !contents.isEmpty()) {
            content = contents.stream()
                    .map(SyndContent::getValue)
                    .filter(Objects::nonNull)
                    .collect(Collectors.joining("\n"));
            html = isHtml(contents.get(0).getType());
            full = !content.isBlank();
        }
        if ((content == null || content.isBlank()) && entry.getDescription() != null) {
            content = entry.getDescription().getValue();
            html = isHtml(entry.getDescription().getType());
        }
        String author = blankToNull(entry.getAuthor());
        if (author == null && entry.getAuthors() != null) {
            author = entry.getAuthors().stream()
                    .map(SyndPerson::getName)
                    .filter(n -> n != null && !n.isBlank())
                    .findFirst()
                    .orElse(null);
        }
        List<String> categories = entry.getCategories() == null
                ? List.of()
                : entry.getCategories().stream()
                        .map(SyndCategory::getName)
                        .filter(n -> n != null && !n.isBlank())
                        .map(String::strip)
                        .toList();
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        String link = blankToNull(entry.getLink());
        if (link == null && entry.getLinks() != null && !entry.getLinks().isEmpty()) {
            link = blankToNull(entry.getLinks().get(0).getHref());
        }
        return new FeedItem(
                link,
                blankToNull(entry.getUri()),
                blankToNull(entry.getTitle()),
                author,
                categories,
                date == null ? null : date.toInstant(),
                blankToNull(content),
                html,
                full);
    }

    /** RSS descriptions are HTML whatever they declare; Atom says text, html or xhtml. */
    private static boolean isHtml(String type) {
        return type == null || !type.toLowerCase(Locale.ROOT).equals("text") && !type.equals("text/plain");
    }

    private static ParsedFeed parseJsonFeed(byte[] body) throws FeedRefusedException {
        try {
            return readJsonFeed(body);
        } catch (RuntimeException e) {
            throw new FeedRefusedException("unreadable JSON Feed: " + rootMessage(e), e);
        }
    }

    private static ParsedFeed readJsonFeed(byte[] body) throws FeedRefusedException {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new FeedRefusedException("not a well-formed JSON Feed: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || !text(root, "version").startsWith("https://jsonfeed.org/version/")) {
            throw new FeedRefusedException("JSON without a JSON Feed version (https://jsonfeed.org/version/1.1)");
        }
        JsonNode itemsNode = root.path("items");
        if (!itemsNode.isArray()) {
            throw new FeedRefusedException("JSON Feed without an items array");
        }
        List<FeedItem> items = new ArrayList<>();
        for (JsonNode item : itemsNode) {
            String html = blankToNull(text(item, "content_html"));
            String plain = blankToNull(text(item, "content_text"));
            String summary = blankToNull(text(item, "summary"));
            String content = html != null ? html : plain != null ? plain : summary;
            boolean isHtml = html != null || (plain == null && summary != null);
            List<String> tags = new ArrayList<>();
            item.path("tags").forEach(tag -> {
                if (tag.isString() && !tag.asString().isBlank()) {
                    tags.add(tag.asString().strip());
                }
            });
            String author = blankToNull(text(item.path("authors").path(0), "name"));
            if (author == null) {
                author = blankToNull(text(item.path("author"), "name"));
            }
            items.add(new FeedItem(
                    blankToNull(text(item, "url")),
                    blankToNull(text(item, "id")),
                    blankToNull(text(item, "title")),
                    author,
                    tags,
                    instant(firstNonBlank(text(item, "date_published"), text(item, "date_modified"))),
                    content,
                    isHtml,
                    html != null || plain != null));
        }
        return new ParsedFeed("json-feed", blankToNull(text(root, "title")), items);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.asString() : value.isNumber() ? value.asString() : "";
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean looksLikeJson(byte[] body, String contentType) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json")) {
            return true;
        }
        for (byte b : body) {
            if (b == ' '
                    || b == '\n'
                    || b == '\r'
                    || b == '\t'
                    || b == (byte) 0xEF
                    || b == (byte) 0xBB
                    || b == (byte) 0xBF) {
                continue;
            }
            return b == '{';
        }
        return false;
    }

    /**
     * Refuses any DOCTYPE or ENTITY declaration in the prolog. The prolog is ASCII in every encoding a feed uses but
     * UTF-16/32, which are read through their BOM.
     */
    private static void refuseDoctype(byte[] body) throws FeedRefusedException {
        String head = prolog(body);
        String upper = head.toUpperCase(Locale.ROOT);
        int root = firstElement(head);
        int doctype = upper.indexOf("<!DOCTYPE");
        int entity = upper.indexOf("<!ENTITY");
        if ((doctype >= 0 && (root < 0 || doctype < root)) || (entity >= 0 && (root < 0 || entity < root))) {
            throw new FeedRefusedException(
                    "hostile XML: a DOCTYPE or ENTITY declaration (XXE, entity expansion) is not accepted in a feed");
        }
    }

    private static String prolog(byte[] body) {
        int n = Math.min(body.length, PROLOG_SCAN);
        if (n >= 2
                && ((body[0] == (byte) 0xFE && body[1] == (byte) 0xFF)
                        || (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE))) {
            return new String(
                    body, 0, n, body[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
        }
        if (n >= 2 && body[0] == 0 && body[1] == '<') {
            return new String(body, 0, n, StandardCharsets.UTF_16BE);
        }
        if (n >= 2 && body[0] == '<' && body[1] == 0) {
            return new String(body, 0, n, StandardCharsets.UTF_16LE);
        }
        return new String(body, 0, n, StandardCharsets.ISO_8859_1);
    }

    /** The offset of the root element's start tag, skipping the declaration, PIs, comments and declarations. */
    private static int firstElement(String text) {
        int i = 0;
        while ((i = text.indexOf('<', i)) >= 0) {
            if (i + 1 >= text.length()) {
                return -1;
            }
            char next = text.charAt(i + 1);
            if (next == '?' || next == '!') {
                if (text.startsWith("<!--", i)) {
                    int end = text.indexOf("-->", i + 4);
                    if (end < 0) {
                        return -1;
                    }
                    i = end + 3;
                } else {
                    i += 2;
                }
                continue;
            }
            return i;
        }
        return -1;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }
}
