package id.sdmi.events.outbox;

/** An outbox row the relay holds; {@code blockedFrom} is the first sequence number another relay holds. */
record PendingEvent(long id, String eventId, String eventType, String topic, String aggregateType,
        String aggregateId, long aggregateSeq, String envelope, int attempts, String traceparent, Long blockedFrom) {

    static PendingEvent of(Object[] row) {
        return new PendingEvent(
                ((Number) row[0]).longValue(), row[1].toString(), (String) row[2], (String) row[3], (String) row[4],
                (String) row[5], ((Number) row[6]).longValue(), (String) row[7], ((Number) row[8]).intValue(),
                (String) row[9], row[10] == null ? null : ((Number) row[10]).longValue());
    }

    String aggregateKey() {
        return aggregateType + ":" + aggregateId;
    }
}
