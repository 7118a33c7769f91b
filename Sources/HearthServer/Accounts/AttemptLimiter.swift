import Foundation

/// Counts sign-in and sign-up attempts per account and per client, and refuses more than
/// `limit` in `window`. Kept in memory per instance: enough to slow guessing to a crawl.
actor AttemptLimiter {
    let limit: Int
    let window: TimeInterval
    private var attempts: [String: [Date]] = [:]

    init(limit: Int = 10, window: TimeInterval = 15 * 60) {
        self.limit = limit
        self.window = window
    }

    /// Records an attempt for each key; returns false when any key is over its limit.
    func allow(_ keys: [String], now: Date = Date()) -> Bool {
        var allowed = true
        for key in keys {
            let recent = (attempts[key] ?? []).filter { now.timeIntervalSince($0) < window }
            if recent.count >= limit { allowed = false }
            attempts[key] = recent + [now]
        }
        if attempts.count > 100_000 { attempts = attempts.filter { !$0.value.isEmpty } }
        return allowed
    }

    /// Forgets an account's attempts after it signs in.
    func reset(_ key: String) {
        attempts[key] = nil
    }
}
