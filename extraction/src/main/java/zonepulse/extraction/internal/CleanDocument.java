package zonepulse.extraction.internal;

import java.time.LocalDate;

/**
 * A document reduced to its article text.
 *
 * @param text the clean text: paragraphs separated by one newline; every evidence offset points into it
 * @param title the title (front matter, page or first line), or null
 * @param published the publication date the document itself states, or null
 */
public record CleanDocument(String text, String title, LocalDate published) {}
