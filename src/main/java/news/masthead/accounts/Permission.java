package news.masthead.accounts;

/**
 * One thing a staff member may do. Roles are sets of these (see {@link Role#permissions()}), and
 * Spring Security sees each as an authority of the same name, so a guard reads
 * {@code @PreAuthorize("hasAuthority('PUBLISH_ANY')")}.
 */
public enum Permission {

    /** Write and revise one's own drafts and submit them for review. */
    WRITE_DRAFTS,
    /** Publish, schedule, update and unpublish one's own articles. */
    PUBLISH_OWN,
    /** Publish, schedule, update and unpublish anyone's articles. */
    PUBLISH_ANY,
    /** Edit anyone's articles, drafts included. */
    EDIT_ANY,
    /** Upload images and edit their details in the media library. */
    UPLOAD_MEDIA,
    /** Approve, hold, mark as spam, trash and edit readers' comments. */
    MODERATE_COMMENTS,
    /** Change the moderation rules: hold policy, blocklists, trusted commenters. */
    MANAGE_MODERATION_RULES,
    /** Send newsletters and see subscribers. */
    MANAGE_NEWSLETTER,
    /** Read messages sent through the contact form. */
    READ_CONTACT_MESSAGES,
    /** See the donation ledger and donors' details. */
    VIEW_DONATIONS,
    /** Read mail the site keeps in its outbox. */
    READ_OUTBOX,
    /** Change the site's settings, sections and static pages. */
    MANAGE_SETTINGS,
    /** Invite staff, change roles, lift lock-outs. */
    MANAGE_STAFF,
    /** Read the audit log of staff actions. */
    VIEW_AUDIT_LOG,
    /** Export or erase everything held on one reader (a commenter, a subscriber). */
    MANAGE_READER_DATA
}
