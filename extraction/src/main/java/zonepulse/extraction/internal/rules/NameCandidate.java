package zonepulse.extraction.internal.rules;

/**
 * A phrase that may name the project a trigger is said of.
 *
 * @param start offset of its first char
 * @param end offset past its last char
 * @param listed whether it is one item of a list (A、B等N个项目), which names projects even without a facility head
 */
record NameCandidate(int start, int end, boolean listed) {}
