/// An open-addressed table from a non-zero 64-bit hash to a slot number, built once and
/// then only read: the analyzer's lexicon lives in two of them.
struct HashIndex: Sendable {
    /// Keys by slot; zero marks an empty slot.
    private(set) var keys: [UInt64]
    private let mask: Int

    /// A table with room for `count` keys at no more than half load.
    init(capacityFor count: Int) {
        var capacity = 16
        while capacity < count * 2 { capacity <<= 1 }
        keys = Array(repeating: 0, count: capacity)
        mask = capacity - 1
    }

    var capacity: Int { keys.count }

    /// The slot holding `key`, or nil.
    @inline(__always)
    func slot(of key: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let stored = keys[slot]
            if stored == key { return slot }
            if stored == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// The slot for `key`, claiming an empty one if it is new.
    mutating func insert(_ key: UInt64) -> (slot: Int, isNew: Bool) {
        precondition(key != 0, "zero marks an empty slot")
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let stored = keys[slot]
            if stored == key { return (slot, false) }
            if stored == 0 {
                keys[slot] = key
                return (slot, true)
            }
            slot = (slot + 1) & mask
        }
    }
}
