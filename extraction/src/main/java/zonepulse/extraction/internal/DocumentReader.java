package zonepulse.extraction.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import zonepulse.extraction.ExtractionException;
import zonepulse.extraction.internal.time.ChineseDigits;
import zonepulse.extraction.internal.time.StatedYears;

/**
 * Reads a document (front matter, HTML or plain text) into its article text: what is navigation, link lists,
 * share blocks, editor lines or markup is dropped, words broken across PDF line breaks are joined.
 */
public final class DocumentReader {
    /** China's time zone: publication instants are dated where the articles are written. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final int MAX_FRONT_MATTER_CHARS = 64 * 1024;
    private static final Pattern HTML_HINT = Pattern.compile(
            "<(?:html|body|div|p|br|span|table|article|section|h[1-6]|ul|li|meta|head|title)[\\s>/]",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> DROPPED_TAGS = Set.of(
            "script",
            "style",
            "noscript",
            "iframe",
            "nav",
            "header",
            "footer",
            "aside",
            "form",
            "button",
            "select",
            "input",
            "textarea",
            "svg",
            "canvas",
            "template",
            "object",
            "embed",
            "video",
            "audio",
            "map",
            "head");
    private static final Set<String> BOILERPLATE_TOKENS = Set.of(
            "nav",
            "navbar",
            "menu",
            "breadcrumb",
            "breadcrumbs",
            "crumb",
            "crumbs",
            "share",
            "sharing",
            "qr",
            "qrcode",
            "erweima",
            "footer",
            "foot",
            "topbar",
            "sidebar",
            "related",
            "relate",
            "recommend",
            "editor",
            "copyright",
            "comment",
            "comments",
            "ad",
            "ads",
            "advert",
            "adlist",
            "banner",
            "hotnews",
            "rank",
            "pager",
            "pagination",
            "login",
            "search",
            "toolbar",
            "social",
            "subscribe",
            "location",
            "position");
    private static final Set<String> BLOCK_TAGS = Set.of(
            "p",
            "div",
            "br",
            "li",
            "ul",
            "ol",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "tr",
            "table",
            "section",
            "article",
            "blockquote",
            "pre",
            "dd",
            "dt",
            "dl",
            "figcaption",
            "figure",
            "hr",
            "td",
            "th",
            "center",
            "main",
            "caption",
            "tbody",
            "thead");
    private static final Pattern EDITOR_LINE = Pattern.compile(
            "^[（(\\[【]?\\s*(?:责任编辑|编辑|责编|校对|审核|审校|监制|统筹|来源|稿源|文章来源|作者|撰稿|本文来源|图片来源|制图)\\s*[:：].{0,40}$");
    private static final Pattern RELATED_HEADING =
            Pattern.compile("^(?:相关新闻|相关阅读|相关文章|推荐阅读|延伸阅读|热门推荐|热点推荐|更多新闻|相关链接|猜你喜欢|热门文章)\\s*[:：]?$");
    private static final Pattern LIST_ITEM =
            Pattern.compile("^(?:[-*•·▪◆●■]\\s*|\\[\\s*\\S{1,8}\\s*]|\\d{1,3}[.、)]\\s).{0,80}$");
    private static final Pattern ENUMERATOR =
            Pattern.compile("^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[)）]|\\d+[.、]|【|第[一二三四五六七八九十]+[章节部分条])");
    private static final Pattern DATELINE = Pattern.compile(
            "(20\\d{2}|19\\d{2})\\s*[-年/.]\\s*(\\d{1,2})\\s*[-月/.]\\s*(\\d{1,2})\\s*日?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*(?:来源|发布|作者|\\s*$)");
    /** A line that opens with a full date (「——2022年2月23日在区人大会议上」, 「2023年5月10日，」). */
    private static final Pattern OPENING_DATE =
            Pattern.compile("^[\\s\\-—－(（]*((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    /** A full date not inside a span (截至…, …至…): on a page's head it is the publication's. */
    private static final Pattern HEAD_DATE =
            Pattern.compile("(?<![至到止\\d])((?:19|20)\\d{2})\\s*[-年/.]\\s*(\\d{1,2})\\s*[-月/.]"
                    + "\\s*(\\d{1,2})(?!\\d)\\s*日?(?!\\s*[至到—~-])");

    /** 「上一篇：某某」, 「下一条：某某」: a link to the article before or after, whose title is not this article's text. */
    private static final Pattern PREV_NEXT_LINE =
            Pattern.compile("^[【\\[]?\\s*(?:(?:上一篇|下一篇)(?:\\s|[】\\]:：])" + "|(?:上一条|下一条|上篇|下篇|前一篇|后一篇)\\s*[】\\]:：]).*");

    /** A date after a label saying it is the page's (发布时间：, 日期：). */
    private static final Pattern LABELLED_DATE = Pattern.compile(
            "(?:日期|时间)\\s*[:：]?\\s*((?:19|20)\\d{2})\\s*[-年/.]" + "\\s*(\\d{1,2})\\s*[-月/.]\\s*(\\d{1,2})");
    /** 「本报讯（记者 某某）3月15日，」: the day a report opens with, right after its 讯. */
    private static final Pattern REPORTER_DATELINE =
            Pattern.compile("讯[^。\\n\\d]{0,30}?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

    /** A line that is only a date, in Arabic or Chinese numerals (the date a report or notice is signed with). */
    private static final Pattern SIGNING_DATE = Pattern.compile(
            "[（(]?([〇零一二三四五六七八九\\d]{4})\\s*年\\s*" + "([一二三四五六七八九十\\d]{1,3})\\s*月\\s*([一二三四五六七八九十\\d]{1,3})\\s*日[)）]?");

    /** A line that is only a full date in Arabic digits, perhaps with its time (「2023-05-12」, 「[2023年5月12日 09:30]」). */
    private static final Pattern DATE_ONLY_LINE =
            Pattern.compile("[\\[【(（]?\\s*((?:19|20)\\d{2})\\s*[-年/.]\\s*(\\d{1,2})"
                    + "\\s*[-月/.]\\s*(\\d{1,2})\\s*日?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*[\\]】)）]?");

    private static final Pattern MONTH_DAY_LINE = Pattern.compile("(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})");
    /** A news agency's dateline: 「长城网衡水3月27日讯」, 「新华社北京5月3日电」. */
    private static final Pattern AGENCY_DATELINE = Pattern.compile(
            "(?:^|[^\\d])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*(?:\\d{1,2}时(?:\\d{1,2}分)?)?\\s*(?:讯|电)");
    /** A year the text states (2017年, 2018年来). */
    private static final String[] PUBLISHED_META = {
        "meta[property=article:published_time]", "meta[name=pubdate]", "meta[name=PubDate]", "meta[name=publishdate]",
        "meta[name=publish_date]", "meta[property=og:release_date]", "meta[name=date]", "meta[itemprop=datePublished]"
    };

    private static final int PDF_MIN_LINE = 20;
    /** Deeper than this, a page is not an article layout but an attack or a broken generator. */
    private static final int MAX_TREE_DEPTH = 400;

    private static final Set<String> VOID_TAGS = Set.of(
            "br", "img", "meta", "link", "input", "hr", "area", "base", "col", "embed", "source", "track", "wbr",
            "param");

    private DocumentReader() {}

    /** Reads {@code content} of the given media type into its clean article text. */
    public static CleanDocument read(String content, String mediaType, Deadline deadline) throws ExtractionException {
        String body = content;
        if (!body.isEmpty() && body.charAt(0) == '\uFEFF') {
            body = body.substring(1);
        }
        String title = null;
        LocalDate published = null;
        int fm = frontMatterEnd(body);
        if (fm > 0) {
            String yaml = body.substring(body.indexOf("---") + 3, fm);
            Map<?, ?> meta = loadFrontMatter(yaml);
            if (meta != null) {
                title = text(meta.get("title"));
                published = date(meta.get("date"));
                if (published == null) {
                    published = date(meta.get("published"));
                }
            }
            int after = body.indexOf('\n', fm + 1);
            body = after < 0 ? "" : body.substring(after + 1);
        }
        deadline.check();
        List<String> lines;
        boolean html = "text/html".equals(mediaType) || looksLikeHtml(body);
        if (html && nestingDepth(body) > MAX_TREE_DEPTH) {
            // jsoup's tree building is quadratic in nesting depth: a pathological page is read as tag-stripped text
            lines = new ArrayList<>(
                    List.of(stripTags(stripServerTags(body), deadline).split("\n", -1)));
        } else if (html) {
            Document doc = Jsoup.parse(stripServerTags(body));
            deadline.check();
            if (title == null) {
                title = siteless(emptyToNull(doc.title()));
            }
            if (published == null) {
                published = metaDate(doc);
            }
            lines = htmlLines(doc, deadline);
        } else {
            lines = splitLines(body);
        }
        deadline.check();
        List<String> kept = cleanLines(lines, !html, deadline);
        if (title == null) {
            title = titleLine(kept);
        }
        if (published == null) {
            published = dateline(kept);
        }
        if (published == null) {
            // 「来源：新华网 2023年05月12日」, 「作者：某某 | 来源：某某网 | 2023-05-12」: the date of a line dropped as a byline
            published = dateline(editorLines(lines));
        }
        if (title != null && !containsLoosely(kept, title)) {
            kept.add(0, title.strip());
        }
        return new CleanDocument(String.join("\n", kept), title, published);
    }

    private static boolean looksLikeHtml(String body) {
        int limit = Math.min(body.length(), 65536);
        int lt = body.indexOf('<');
        if (lt < 0 || lt >= limit) {
            return false; // no markup at all: no regex over the text
        }
        return HTML_HINT.matcher(body).region(lt, limit).find();
    }

    /** Offset of the line that closes a leading {@code ---} front matter block, or -1. */
    private static int frontMatterEnd(String body) {
        int i = 0;
        int n = Math.min(body.length(), MAX_FRONT_MATTER_CHARS);
        while (i < n && Character.isWhitespace(body.charAt(i))) {
            i++;
        }
        if (!body.startsWith("---", i)) {
            return -1;
        }
        int lineEnd = body.indexOf('\n', i);
        if (lineEnd < 0 || !body.substring(i, lineEnd).strip().equals("---")) {
            return -1;
        }
        int pos = lineEnd + 1;
        while (pos < n) {
            int next = body.indexOf('\n', pos);
            String line = body.substring(pos, next < 0 ? body.length() : next).strip();
            if (line.equals("---") || line.equals("...")) {
                return pos;
            }
            if (next < 0) {
                break;
            }
            pos = next + 1;
        }
        return -1;
    }

    /** A Yaml is costly to build and not thread-safe: one per thread, built once. */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(() -> {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_FRONT_MATTER_CHARS);
        options.setAllowDuplicateKeys(true);
        return new Yaml(new SafeConstructor(options));
    });

    /** SnakeYAML with SafeConstructor and limits, so an alias bomb or a deep structure is refused, not expanded. */
    private static Map<?, ?> loadFrontMatter(String yaml) {
        try {
            Object loaded = YAML.get().load(yaml);
            return loaded instanceof Map<?, ?> map ? map : null;
        } catch (YAMLException | ClassCastException | IllegalArgumentException | StackOverflowError e) {
            return null; // unreadable front matter carries no metadata; the article body is still read
        }
    }

    private static String text(Object value) {
        return value == null ? null : emptyToNull(value.toString().strip());
    }

    /** A byline or source line, which a plain text may open with but which is no title. */
    private static final Pattern BYLINE =
            Pattern.compile("(?:本报|新华社|中新社|中新网)?(?:记者|通讯员|讯)|(?:作者|来源|编辑|责任编辑|文/|图/)\\s*[:：]?");

    /**
     * The title of a plain text: its first line past any byline (「本报记者 曹政」), when that line is short and no
     * sentence; a text that opens with running prose has none.
     */
    static String titleLine(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), 3); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || BYLINE.matcher(line).lookingAt()) {
                continue;
            }
            boolean sentence = line.endsWith("。") || line.endsWith("！") || line.endsWith("？");
            return line.length() <= 60 && !sentence ? line : null;
        }
        return null;
    }

    /** 「苏州工业园区前三季度经济运行稳中有进_园区要闻」: a page title without the site or column after it. */
    private static String siteless(String title) {
        if (title == null) {
            return null;
        }
        for (String sep : new String[] {"_", " - ", " | ", "|", "－", "——"}) {
            int i = title.indexOf(sep);
            if (i >= 8) {
                return title.substring(0, i).strip();
            }
        }
        return title;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A date from front matter or a meta tag: RFC 1123, ISO instant or date, or a YAML timestamp. */
    static LocalDate date(Object value) {
        if (value instanceof Date d) {
            return d.toInstant().atZone(CHINA).toLocalDate();
        }
        if (value == null) {
            return null;
        }
        String s = value.toString().strip();
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .withZoneSameInstant(CHINA)
                    .toLocalDate();
        } catch (DateTimeParseException ignored) {
            // try the next format
        }
        try {
            return OffsetDateTime.parse(s).atZoneSameInstant(CHINA).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // try the next format
        }
        try {
            return Instant.parse(s).atZone(CHINA).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // try the next format
        }
        Matcher m = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})").matcher(s);
        if (m.find()) {
            try {
                return LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (RuntimeException ignored) {
                return null;
            }
        }
        return null;
    }

    private static LocalDate metaDate(Document doc) {
        for (String css : PUBLISHED_META) {
            Element e = doc.selectFirst(css);
            if (e != null) {
                LocalDate d = date(e.attr("content"));
                if (d != null) {
                    return d;
                }
            }
        }
        Element time = doc.selectFirst("time[datetime]");
        return time == null ? null : date(time.attr("datetime"));
    }

    /** The lines of a plain text, split at CR LF, CR or LF by hand: the regex split showed in profiles. */
    static List<String> splitLines(String body) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = body.length();
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(body.substring(start, i));
                if (c == '\r' && i + 1 < n && body.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(body.substring(start));
        return lines;
    }

    /**
     * A dateline near the top: 「2021-10-14 08:00 来源：…」 or 「2021年10月14日」 alone on its line, a line that opens
     * with a full date (「——2022年2月23日在…会议上」), or a news agency's 「某某网衡水3月27日讯」 whose year is the one
     * the text states most (the article reports on its own year).
     */
    private static LocalDate dateline(List<String> lines) {
        int top = Math.min(lines.size(), 6);
        for (int i = 0; i < top; i++) {
            String line = lines.get(i);
            Matcher m = line.length() <= 60 ? DATELINE.matcher(line) : null;
            if (m != null && m.find()) {
                return date(m.group(1), m.group(2), m.group(3));
            }
            Matcher opening = OPENING_DATE.matcher(line);
            if (opening.find()) {
                return date(opening.group(1), opening.group(2), opening.group(3));
            }
        }
        // 「发布时间：2011年3月16日 09:12 浏览次数：」, 「[2018-08-10]」: a full date on a short line of the page's head
        for (int i = 0; i < Math.min(lines.size(), 8); i++) {
            String line = lines.get(i);
            Matcher m = line.length() <= 100 ? HEAD_DATE.matcher(line) : null;
            if (m != null && m.find()) {
                return date(m.group(1), m.group(2), m.group(3));
            }
            // 「2016」 and 「06/30」 on lines of their own (a page's date widget)
            if (i + 1 < lines.size() && line.strip().matches("(?:19|20)\\d{2}")) {
                Matcher md = MONTH_DAY_LINE.matcher(lines.get(i + 1).strip());
                if (md.matches()) {
                    return date(line.strip(), md.group(1), md.group(2));
                }
            }
        }
        // 「发布日期：2018-08-10」 in the page's foot, a date alone on its line, or the date a report is signed with
        // (「二〇一一年三月十六日」)
        for (int i = Math.max(0, lines.size() - 6); i < lines.size(); i++) {
            Matcher m = lines.get(i).length() <= 100 ? LABELLED_DATE.matcher(lines.get(i)) : null;
            if (m != null && m.find()) {
                return date(m.group(1), m.group(2), m.group(3));
            }
            Matcher alone = DATE_ONLY_LINE.matcher(lines.get(i).strip());
            if (alone.matches()) {
                return date(alone.group(1), alone.group(2), alone.group(3));
            }
            Matcher signed = SIGNING_DATE.matcher(lines.get(i).strip());
            if (signed.matches()) {
                int year = ChineseDigits.year(signed.group(1));
                int month = ChineseDigits.value(signed.group(2));
                int day = ChineseDigits.value(signed.group(3));
                if (year > 0 && month > 0 && day > 0) {
                    return date(String.valueOf(year), String.valueOf(month), String.valueOf(day));
                }
            }
        }
        for (int i = 0; i < top; i++) {
            Matcher m = AGENCY_DATELINE.matcher(lines.get(i));
            boolean found = m.find();
            if (!found) {
                m = REPORTER_DATELINE.matcher(lines.get(i));
                found = m.find();
            }
            if (found) {
                int year = StatedYears.mostStated(String.join("\n", lines));
                return year == 0 ? null : date(String.valueOf(year), m.group(1), m.group(2));
            }
        }
        return null;
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (RuntimeException e) {
            return null; // 2月30日: no such day, no date
        }
    }

    /** The deepest nesting of open elements, counted in one pass over the markup (void elements do not nest). */
    static int nestingDepth(String html) {
        int depth = 0;
        int max = 0;
        int n = html.length();
        for (int i = 0; i < n - 1; i++) {
            if (html.charAt(i) != '<') {
                continue;
            }
            char c = html.charAt(i + 1);
            if (c == '/') {
                depth = Math.max(0, depth - 1);
            } else if (Character.isLetter(c)) {
                int e = i + 1;
                while (e < n && e - i < 12 && Character.isLetterOrDigit(html.charAt(e))) {
                    e++;
                }
                if (e - i - 1 > 6
                        || !VOID_TAGS.contains(html.substring(i + 1, e).toLowerCase(Locale.ROOT))) {
                    depth++;
                    max = Math.max(max, depth);
                }
            }
        }
        return max;
    }

    /** Text of markup without a tree: tags dropped, scripts, styles and comments with their content, blocks as lines. */
    static String stripTags(String html, Deadline deadline) throws ExtractionException {
        StringBuilder out = new StringBuilder(html.length() / 2);
        int n = html.length();
        int i = 0;
        int steps = 0;
        while (i < n) {
            if ((++steps & 0xFFFF) == 0) {
                deadline.check();
            }
            char c = html.charAt(i);
            if (c != '<') {
                int next = html.indexOf('<', i);
                int end = next < 0 ? n : next;
                out.append(org.jsoup.parser.Parser.unescapeEntities(html.substring(i, end), false));
                i = end;
                continue;
            }
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            int close = html.indexOf('>', i + 1);
            if (close < 0) {
                break;
            }
            String tag = tagName(html, i + 1, close);
            if (tag.equals("script") || tag.equals("style")) {
                int end = html.toLowerCase(Locale.ROOT).indexOf("</" + tag, close);
                i = end < 0 ? n : end;
                continue;
            }
            if (BLOCK_TAGS.contains(tag)) {
                out.append('\n');
            }
            i = close + 1;
        }
        return out.toString();
    }

    private static String tagName(String html, int from, int to) {
        int s = from < to && html.charAt(from) == '/' ? from + 1 : from;
        int e = s;
        while (e < to && Character.isLetterOrDigit(html.charAt(e))) {
            e++;
        }
        return html.substring(s, e).toLowerCase(Locale.ROOT);
    }

    /** Removes JSP/ASP ({@code <% %>}) and PHP ({@code <? ?>}) blocks in one linear pass. */
    static String stripServerTags(String html) {
        if (html.indexOf("<%") < 0 && html.indexOf("<?") < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length());
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<' && i + 1 < n && (html.charAt(i + 1) == '%' || html.charAt(i + 1) == '?')) {
                String close = html.charAt(i + 1) == '%' ? "%>" : "?>";
                int end = html.indexOf(close, i + 2);
                if (end < 0) {
                    break; // an unclosed server tag runs to the end of the template
                }
                i = end + 2;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static List<String> htmlLines(Document doc, Deadline deadline) throws ExtractionException {
        Element body = doc.body();
        if (body == null) {
            return new ArrayList<>();
        }
        List<Node> drop = new ArrayList<>();
        NodeTraversor.traverse(
                (node, depth) -> {
                    if (node instanceof Comment) {
                        drop.add(node);
                    } else if (node instanceof Element e && isBoilerplate(e)) {
                        drop.add(e);
                    }
                },
                body);
        for (Node node : drop) {
            if (node.parent() != null) {
                node.remove();
            }
        }
        deadline.check();
        for (Element list : linkLists(body)) {
            if (list.parent() != null) {
                list.remove();
            }
        }
        deadline.check();
        StringBuilder current = new StringBuilder();
        List<String> lines = new ArrayList<>();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode t) {
                            current.append(t.getWholeText().replace('\n', ' ').replace('\r', ' '));
                        } else if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                            flush(current, lines);
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                            flush(current, lines);
                        }
                    }
                },
                body);
        flush(current, lines);
        return lines;
    }

    private static void flush(StringBuilder current, List<String> lines) {
        if (!current.isEmpty()) {
            lines.add(current.toString());
            current.setLength(0);
        }
    }

    private static boolean isBoilerplate(Element e) {
        if (DROPPED_TAGS.contains(e.normalName())) {
            return true;
        }
        String marks = (e.id() + " " + e.className()).toLowerCase(Locale.ROOT);
        if (marks.isBlank()) {
            return false;
        }
        if (marks.contains("appendqr") || marks.contains("breadcrumb") || marks.contains("qrcode")) {
            return true;
        }
        for (String token : marks.split("[\\s_\\-]+")) {
            if (BOILERPLATE_TOKENS.contains(token)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> LIST_BLOCKS = Set.of("ul", "ol", "dl", "table", "div");

    /**
     * Blocks made mostly of links (related headlines, navigation): not article text. Text and link-text lengths of
     * every block are summed in one post-order pass, so deep or wide pages stay linear.
     */
    private static List<Element> linkLists(Element body) {
        List<Element> found = new ArrayList<>();
        java.util.ArrayDeque<int[]> stack = new java.util.ArrayDeque<>();
        int[] insideLink = {0};
        stack.push(new int[3]);
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode t) {
                            int len = t.getWholeText().strip().length();
                            int[] top = stack.peek();
                            top[0] += len;
                            if (insideLink[0] > 0) {
                                top[1] += len;
                            }
                        } else if (node instanceof Element e) {
                            stack.push(new int[3]);
                            if (e.normalName().equals("a")) {
                                insideLink[0]++;
                            }
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element e) {
                            int[] mine = stack.pop();
                            if (e.normalName().equals("a")) {
                                insideLink[0]--;
                                mine[2]++;
                            }
                            if (LIST_BLOCKS.contains(e.normalName())
                                    && mine[2] >= 3
                                    && (mine[0] == 0 || mine[1] >= mine[0] * 0.6)) {
                                found.add(e);
                            }
                            int[] parent = stack.peek();
                            parent[0] += mine[0];
                            parent[1] += mine[1];
                            parent[2] += mine[2];
                        }
                    }
                },
                body);
        return found;
    }

    /** The lines {@link #cleanLines} drops as an editor's, a source's or an author's. */
    private static List<String> editorLines(List<String> raw) {
        List<String> found = new ArrayList<>();
        for (String line : raw) {
            String s = strip(line);
            if (!s.isEmpty() && EDITOR_LINE.matcher(s).matches()) {
                found.add(s);
            }
        }
        return found;
    }

    private static List<String> cleanLines(List<String> raw, boolean joinBroken, Deadline deadline)
            throws ExtractionException {
        List<String> lines = new ArrayList<>();
        int count = 0;
        for (String line : raw) {
            if ((++count & 1023) == 0) {
                deadline.check();
            }
            String s = strip(line);
            if (s.isEmpty()
                    || EDITOR_LINE.matcher(s).matches()
                    || PREV_NEXT_LINE.matcher(s).matches()
                    || isBreadcrumb(s)
                    || isSymbolsOnly(s)) {
                continue;
            }
            lines.add(s);
        }
        cutTrailingLists(lines);
        return joinBroken ? joinBrokenLines(lines) : lines;
    }

    /** Trims ASCII, full-width and no-break spaces and the caption marker △. */
    private static String strip(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isSpace(line.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c)
                || c == '\u3000'
                || c == '\u00A0'
                || c == '\u200B'
                || c == '\uFEFF'
                || c == '△'
                || c == '▲';
    }

    private static boolean isSymbolsOnly(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** 「首页 > 政务公开 > 工作动态」: short segments joined by arrows. */
    private static boolean isBreadcrumb(String s) {
        if (s.length() > 80) {
            return false;
        }
        int arrows = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '>' || c == '＞' || c == '»' || c == '›' || c == '→') {
                arrows++;
            }
        }
        return arrows >= 2 || (arrows == 1 && (s.startsWith("首页") || s.startsWith("当前位置") || s.startsWith("您的位置")));
    }

    /** Drops a trailing related-headline list and what follows a 「相关新闻」 heading near the end. */
    private static void cutTrailingLists(List<String> lines) {
        int end = lines.size();
        int run = 0;
        int cut = end;
        for (int i = end - 1; i >= 0; i--) {
            String s = lines.get(i);
            if (LIST_ITEM.matcher(s).matches() && s.indexOf('。') < 0) {
                run++;
                cut = i;
            } else {
                break;
            }
        }
        if (run >= 3) {
            while (lines.size() > cut) {
                lines.remove(lines.size() - 1);
            }
        }
        for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - 40); i--) {
            if (RELATED_HEADING.matcher(lines.get(i)).matches() || lines.get(i).endsWith("相关新闻")) {
                String before = lines.get(i).replaceFirst("(?:相关新闻|相关阅读|推荐阅读|延伸阅读)\\s*[:：]?$", "");
                while (lines.size() > i) {
                    lines.remove(lines.size() - 1);
                }
                if (!strip(before).isEmpty()) {
                    lines.add(strip(before));
                }
                break;
            }
        }
    }

    /**
     * Joins lines that a PDF's layout broke inside a sentence (「通过引」+「进落户」): a long line that does not end a
     * sentence, followed by one that does not start a heading or a list item.
     */
    private static List<String> joinBrokenLines(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        StringBuilder pending = null;
        for (String line : lines) {
            if (pending != null) {
                if (!ENUMERATOR.matcher(line).find()) {
                    pending.append(line);
                    if (endsOpen(line) && line.length() >= PDF_MIN_LINE) {
                        continue;
                    }
                    out.add(pending.toString());
                    pending = null;
                    continue;
                }
                out.add(pending.toString());
                pending = null;
            }
            if (line.length() >= PDF_MIN_LINE
                    && endsOpen(line)
                    && hasPause(line)
                    && !ENUMERATOR.matcher(line).find()) {
                pending = new StringBuilder(line);
            } else {
                out.add(line);
            }
        }
        if (pending != null) {
            out.add(pending.toString());
        }
        return out;
    }

    /** True when a line ends inside a sentence: its last char is a CJK ideograph, a digit or a pause mark. */
    private static boolean endsOpen(String line) {
        char c = line.charAt(line.length() - 1);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || c == '，'
                || c == '、'
                || c == ','
                || Character.isDigit(c);
    }

    /** A title or heading has no pause marks; a line broken out of running text has. */
    private static boolean hasPause(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '，' || c == '。' || c == '、' || c == '；' || c == ',') {
                return true;
            }
        }
        return false;
    }

    private static boolean containsLoosely(List<String> lines, String title) {
        String t = loose(title);
        if (t.isEmpty()) {
            return true;
        }
        for (int i = 0; i < Math.min(lines.size(), 8); i++) {
            if (loose(lines.get(i)).contains(t)) {
                return true;
            }
        }
        return false;
    }

    private static String loose(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
