package id.sdmi.events.idempotency;

import jakarta.enterprise.context.RequestScoped;

/** The Idempotency-Key the current request holds while its write runs; null outside that window. */
@RequestScoped
class HeldKey {

    private IdempotentPosts.Claim claim;

    IdempotentPosts.Claim claim() {
        return claim;
    }

    void hold(IdempotentPosts.Claim claim) {
        this.claim = claim;
    }
}
