import Foundation

/// Finding one of a person's records by the start of its id, as shown in lists ("1a2b3c4d").
enum IDPrefix {
    /// The shortest start of an id that is accepted.
    static let minimumLength = 4

    /// The one record whose id starts with `reference`; `kind` names it in the not-found error.
    static func match<Record: Identifiable>(_ reference: String, in records: [Record], kind: String)
        throws(HearthError) -> Record where Record.ID == UUID {
        let key = reference.trimmingWhitespace().lowercased()
        let matches = key.count >= minimumLength
            ? records.filter { $0.id.uuidString.lowercased().hasPrefix(key) }
            : []
        guard matches.count == 1 else { throw .notFound("\(kind) '\(reference)'") }
        return matches[0]
    }
}
