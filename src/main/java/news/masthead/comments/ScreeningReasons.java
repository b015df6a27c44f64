package news.masthead.comments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Screening reasons kept in one column: a line each, {@code check<TAB>score<TAB>explanation}. */
final class ScreeningReasons {

    private static final int MAX_LENGTH = 4000;

    private ScreeningReasons() {
    }

    static String format(List<ScreeningReason> reasons) {
        var lines = new StringBuilder();
        for (var reason : reasons) {
            var line = clean(reason.check()) + '\t' + String.format(Locale.ROOT, "%.3f", reason.score()) + '\t'
                    + clean(reason.explanation()) + '\n';
            if (lines.length() + line.length() > MAX_LENGTH) {
                break;
            }
            lines.append(line);
        }
        return lines.toString();
    }

    static List<ScreeningReason> parse(@Nullable String lines) {
        var reasons = new ArrayList<ScreeningReason>();
        if (lines == null) {
            return reasons;
        }
        for (var line : lines.split("\n")) {
            var parts = line.split("\t", 3);
            if (parts.length == 3) {
                reasons.add(new ScreeningReason(parts[0], Double.parseDouble(parts[1]), parts[2]));
            }
        }
        return reasons;
    }

    private static String clean(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
