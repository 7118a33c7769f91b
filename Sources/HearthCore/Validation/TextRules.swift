/// The rules every piece of text a person gives must meet before it is stored: no NUL characters
/// (PostgreSQL cannot store them), a length limit, and, where required, something besides
/// whitespace. Text is otherwise kept exactly as written, emoji and right-to-left scripts included.
public enum TextRules {
    /// Longest name (of a part, a user), in characters.
    public static let nameLimit = 120
    /// Longest free text (a note, what happened), in characters.
    public static let textLimit = 20_000

    /// Collects the issues of one record's fields.
    public struct Checker: Sendable {
        public private(set) var issues: [ValidationIssue] = []

        public init() {}

        /// Checks a required name: trimmed, non-empty, at most `nameLimit` characters.
        public mutating func name(_ value: String, field: String) -> String {
            let trimmed = text(value, field: field, limit: TextRules.nameLimit)
            if trimmed.isEmpty { add(field, "must not be empty") }
            return trimmed
        }

        /// Checks optional free text: trimmed, at most `limit` characters, no NUL.
        @discardableResult
        public mutating func text(_ value: String, field: String, limit: Int = TextRules.textLimit) -> String {
            if value.unicodeScalars.contains("\0") {
                add(field, "contains a NUL character, which cannot be stored")
            }
            let trimmed = value.trimmingWhitespace()
            if trimmed.count > limit {
                add(field, "is \(trimmed.count) characters long; the limit is \(limit)")
            }
            return trimmed
        }

        /// Checks each item of a list of short texts (feelings, needs, triggers).
        public mutating func list(_ values: [String], field: String) -> [String] {
            values.enumerated().compactMap { index, value in
                let trimmed = text(value, field: "\(field)[\(index)]", limit: TextRules.nameLimit)
                return trimmed.isEmpty ? nil : trimmed
            }
        }

        /// Checks that a whole number lies in a closed range.
        public mutating func range(_ value: Int, _ range: ClosedRange<Int>, field: String) {
            if !range.contains(value) {
                add(field, "must be between \(range.lowerBound) and \(range.upperBound), not \(value)")
            }
        }

        public mutating func add(_ field: String, _ message: String) {
            issues.append(ValidationIssue(field: field, message: message))
        }

        public mutating func add(_ nested: [ValidationIssue], under parent: String) {
            issues.append(contentsOf: nested.map { $0.nested(under: parent) })
        }

        /// Runs one record's own validation, adding its issues under `path`; nil when it failed.
        public mutating func validated<Value>(_ path: String, _ validate: () throws(HearthError) -> Value) -> Value? {
            do {
                return try validate()
            } catch {
                if case .invalid(let nested) = error { add(nested, under: path) } else { add(path, error.description) }
                return nil
            }
        }

        /// Throws the collected issues, if any.
        public func check() throws(HearthError) {
            if !issues.isEmpty { throw .invalid(issues) }
        }
    }
}

extension String {
    /// The string without leading and trailing whitespace and newlines.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
