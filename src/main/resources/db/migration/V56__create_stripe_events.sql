-- Every Stripe webhook event Masthead has acted on, by Stripe's own id: a repeated or replayed
-- delivery of the same event is recognised here and changes nothing.
CREATE TABLE stripe_event
(
    id          VARCHAR(255)             NOT NULL PRIMARY KEY,
    event_type  VARCHAR(100)             NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL
);
