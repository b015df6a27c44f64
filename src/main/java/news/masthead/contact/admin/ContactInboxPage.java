package news.masthead.contact.admin;

import java.util.List;

import news.masthead.accounts.admin.AdminLayout;
import news.masthead.contact.ContactMessage;

/** The newest contact messages; spam is shown apart, folded, so nothing is lost to a wrong verdict. */
public record ContactInboxPage(AdminLayout layout, List<ContactMessage> messages) {

    public List<ContactMessage> inbox() {
        return messages.stream().filter(message -> !message.spam()).toList();
    }

    public List<ContactMessage> spam() {
        return messages.stream().filter(ContactMessage::spam).toList();
    }
}
