/// Stable 64-bit hashing for words and features (FNV-1a with a final mix).
///
/// Stable across runs and platforms, unlike `Hasher`, because model weights are keyed by it.
enum StableHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inline(__always)
    static func add(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* prime
    }

    /// Hash of a string's bytes, taken as they are.
    static func of(_ text: String) -> UInt64 {
        var hash = seed
        for byte in text.utf8 { hash = add(hash, byte) }
        return finish(hash)
    }

    /// Avalanche so that nearby inputs land far apart in open-addressed tables.
    @inline(__always)
    static func finish(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x = x &* 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        x = x &* 0xc4ce_b9fe_1a85_ec53
        x ^= x >> 33
        return x == 0 ? 1 : x
    }

    /// Combines two hashes in an order-sensitive way (for n-grams and salted features).
    @inline(__always)
    static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        finish(a &* 0x9e37_79b9_7f4a_7c15 &+ b)
    }
}
