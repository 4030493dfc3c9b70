package zonepulse.extraction.internal.rules;

/** What earlier statements of a paragraph tell later ones: the year they are about, the last figure's name. */
final class ParagraphState {
    /** The year the section's heading states (「一、2022年工作回顾」), or 0. */
    int sectionYear;
    /**
     * The last day or month the document stated before this statement, whatever its paragraph (carried from one
     * paragraph to the next): the day a ceremony named later was held. Null when none.
     */
    CeremonyDay ceremony;
    /** The last explicit year stated in the paragraph so far, or 0. */
    int year;
    /** The date or year the paragraph opens with (「2020年，…」): later statements of the paragraph are about it. */
    zonepulse.extraction.internal.time.TimeMention opening;
    /** The last time mention of the previous statement, for a 「其中，…」 statement that details it. */
    zonepulse.extraction.internal.time.TimeMention previous;
    /** The name of the last indicator found in the paragraph, for 「这一数据」 and unnamed growth figures. */
    String lastName;
    /** Offsets of that name in the clean text. */
    int lastNameStart = -1;

    int lastNameEnd = -1;
}
