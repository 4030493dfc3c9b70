package zonepulse.store.readapi;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import zonepulse.store.readapi.ApiRecords.Page;
import zonepulse.store.storage.ReadQueries.Position;

/** Turns one more row than asked for into a page and the link to the next one. */
final class Pages {
    private Pages() {}

    /**
     * @param rows up to {@code limit + 1} rows: a row beyond the limit means there is a next page
     * @param position where a row is in the list's order, for the next page's cursor
     */
    static <R, T> Page<T> page(
            List<R> rows, int limit, Function<R, Position> position, Function<R, T> view, HttpServletRequest request) {
        List<R> shown = rows.size() > limit ? rows.subList(0, limit) : rows;
        List<T> items = new ArrayList<>(shown.size());
        shown.forEach(row -> items.add(view.apply(row)));
        String next = rows.size() > limit
                ? nextLink(request, Cursor.encode(position.apply(shown.get(shown.size() - 1))))
                : null;
        return new Page<>(items, next);
    }

    /** This request's path and query, its {@code cursor} replaced: the query is kept as sent, already encoded. */
    static String nextLink(HttpServletRequest request, String cursor) {
        StringBuilder link = new StringBuilder(request.getRequestURI()).append('?');
        if (request.getQueryString() != null) {
            for (String pair : request.getQueryString().split("&")) {
                if (!pair.isEmpty() && !pair.equals("cursor") && !pair.startsWith("cursor=")) {
                    link.append(pair).append('&');
                }
            }
        }
        return link.append("cursor=").append(cursor).toString();
    }
}
