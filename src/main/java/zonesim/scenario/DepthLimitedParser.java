package zonesim.scenario;

import java.util.Optional;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * A YAML event parser that stops at the first mapping or list opened deeper than a limit.
 * snakeyaml-engine's composer calls itself once per nesting level, so a few thousand
 * brackets overflow the stack; fed through this parser it never goes deeper than the limit.
 * (snakeyaml-engine has no nesting limit of its own; SnakeYAML 1.x's {@code nestingDepthLimit}
 * is the same idea.)
 */
final class DepthLimitedParser implements Parser {
    /** Thrown when a collection opens below the limit; carries where. */
    static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Mark mark;

        TooDeep(Mark mark) {
            super("nested too deep", null, false, false);
            this.mark = mark;
        }

        /** Where the collection that went too deep starts. */
        Optional<Mark> mark() {
            return Optional.ofNullable(mark);
        }
    }

    private final Parser inner;
    private final int limit;
    private int depth;

    /** Wraps {@code inner}, allowing at most {@code limit} nested mappings and lists. */
    DepthLimitedParser(Parser inner, int limit) {
        this.inner = inner;
        this.limit = limit;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        return inner.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
        return inner.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return inner.hasNext();
    }

    @Override
    public Event next() {
        Event e = inner.next();
        switch (e.getEventId()) {
            case SequenceStart, MappingStart -> {
                if (++depth > limit) {
                    throw new TooDeep(e.getStartMark().orElse(null));
                }
            }
            case SequenceEnd, MappingEnd -> depth--;
            default -> { }
        }
        return e;
    }
}
