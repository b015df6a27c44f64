package news.masthead.publishing;

import java.time.Instant;

/**
 * Who is editing an article right now, as the editor shows it.
 *
 * @param holderName the name of the person holding the lease
 * @param since when they opened it (or took it over)
 * @param mine whether that is the person asking
 */
public record EditLock(String holderName, Instant since, boolean mine) {
}
