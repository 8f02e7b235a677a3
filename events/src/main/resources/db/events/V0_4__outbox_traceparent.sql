-- The W3C trace context of the write that recorded the event: the relay publishes it within that trace.
ALTER TABLE outbox_event ADD COLUMN traceparent text;
