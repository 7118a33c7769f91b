/// One of the eight qualities of Self-energy. The Self is not a part: it is what these measure.
public enum SelfQuality: String, Sendable, Codable, CaseIterable, Comparable {
    case calm, curiosity, compassion, confidence, courage, clarity, creativity, connectedness

    public static func < (lhs: SelfQuality, rhs: SelfQuality) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A reading of Self-energy: some or all of the eight qualities, each 0–10.
public struct SelfEnergyReading: Sendable, Equatable, Codable {
    public private(set) var values: [SelfQuality: Int]

    public init(_ values: [SelfQuality: Int] = [:]) {
        self.values = values
    }

    public subscript(quality: SelfQuality) -> Int? {
        get { values[quality] }
        set { values[quality] = newValue }
    }

    public var isEmpty: Bool { values.isEmpty }

    /// The mean of the qualities read, or nil when none was.
    public var average: Double? {
        values.isEmpty ? nil : Double(values.values.reduce(0, +)) / Double(values.count)
    }

    /// Issues for any value outside 0–10.
    public func issues(field: String) -> [ValidationIssue] {
        var checker = TextRules.Checker()
        for (quality, value) in values.sorted(by: { $0.key < $1.key }) {
            checker.range(value, 0...10, field: "\(field).\(quality.rawValue)")
        }
        return checker.issues
    }

    /// Reads "calm=4,curiosity=6" (the command line's form).
    public init(parsing text: String) throws(HearthError) {
        var values: [SelfQuality: Int] = [:]
        for item in text.split(separator: ",") where !item.allSatisfy(\.isWhitespace) {
            let pair = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, let quality = SelfQuality(rawValue: pair[0].lowercased()), let value = Int(pair[1]) else {
                throw .invalid("self", "write it as quality=number, e.g. calm=4,curiosity=6 (qualities: "
                               + SelfQuality.allCases.map(\.rawValue).joined(separator: ", ") + ")")
            }
            values[quality] = value
        }
        self.init(values)
        let issues = issues(field: "self")
        if !issues.isEmpty { throw .invalid(issues) }
    }

    // Encoded as {"calm": 4, ...} with the qualities' names as keys.
    public init(from decoder: any Decoder) throws {
        let raw = try [String: Int](from: decoder)
        var values: [SelfQuality: Int] = [:]
        for (key, value) in raw {
            guard let quality = SelfQuality(rawValue: key) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                        debugDescription: "'\(key)' is not a Self-energy quality"))
            }
            values[quality] = value
        }
        self.values = values
    }

    public func encode(to encoder: any Encoder) throws {
        try Dictionary(uniqueKeysWithValues: values.map { ($0.key.rawValue, $0.value) }).encode(to: encoder)
    }
}
