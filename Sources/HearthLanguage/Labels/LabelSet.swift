/// A label whose cases can live in a small bit set, so a set of them costs no allocation.
public protocol BitLabel: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    /// All cases in contract order, computed once (`allCases` builds a new array on each call).
    static var ordered: [Self] { get }
}

extension BitLabel {
    /// The label's position in ``ordered``, which is also its bit in a ``LabelSet``.
    public var bitIndex: Int { Self.ordered.firstIndex(of: self)! }
}

/// A set of labels of one kind, stored as bits: value semantics without a heap allocation.
public struct LabelSet<Label: BitLabel>: Sendable, Hashable, Sequence {
    /// The bits, one per case of `Label` in ``BitLabel/ordered`` order.
    public private(set) var bits: UInt32

    /// An empty set.
    public init() { bits = 0 }

    /// A set holding the given labels.
    public init(_ labels: some Sequence<Label>) {
        bits = 0
        for label in labels { insert(label) }
    }

    init(bits: UInt32) { self.bits = bits }

    public var isEmpty: Bool { bits == 0 }
    public var count: Int { bits.nonzeroBitCount }

    public func contains(_ label: Label) -> Bool { bits & (1 << UInt32(label.bitIndex)) != 0 }
    public mutating func insert(_ label: Label) { bits |= 1 << UInt32(label.bitIndex) }
    public mutating func remove(_ label: Label) { bits &= ~(1 << UInt32(label.bitIndex)) }

    /// The labels in contract order.
    public func makeIterator() -> Iterator { Iterator(remaining: bits) }

    /// Walks the set bits from lowest to highest.
    public struct Iterator: IteratorProtocol {
        var remaining: UInt32
        public mutating func next() -> Label? {
            guard remaining != 0 else { return nil }
            let index = remaining.trailingZeroBitCount
            remaining &= remaining - 1
            return Label.ordered[index]
        }
    }
}

extension LabelSet: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Label...) { self.init(elements) }
}
