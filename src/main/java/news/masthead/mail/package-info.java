/**
 * Mail the site sends: confirmations, notifications, receipts and newsletters. Modules hand a
 * message to the {@link news.masthead.mail.Postbox} inside their own transaction, so a message
 * goes out exactly when what it tells of has been committed. With no SMTP server configured, mail
 * stays in the outbox, where staff can read it.
 */
@NullMarked
package news.masthead.mail;

import org.jspecify.annotations.NullMarked;
