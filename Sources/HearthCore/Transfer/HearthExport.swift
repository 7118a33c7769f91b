import Foundation

/// Everything of one person, as a versioned JSON document: what `hearth export` writes and
/// `hearth import` reads back without losing anything. A pairing is not part of it: it belongs
/// to two people.
public struct HearthExport: Sendable, Equatable, Codable {
    /// Marks the document as Hearth's.
    public static let formatName = "hearth-export"
    /// The version this build writes and reads.
    public static let currentVersion = 1

    public var format: String
    public var version: Int
    public var exportedAt: Date
    public var user: User
    public var parts: [Part]
    public var relations: [PartRelation]
    public var pauses: [Pause]
    public var checkIns: [CheckIn]
    public var practiceSessions: [PracticeSession]

    public init(user: User, parts: [Part], relations: [PartRelation], pauses: [Pause], checkIns: [CheckIn],
                practiceSessions: [PracticeSession], exportedAt: Date = .hearthNow) {
        format = HearthExport.formatName
        version = HearthExport.currentVersion
        self.exportedAt = exportedAt
        self.user = user
        self.parts = parts.sorted { ($0.createdAt, $0.id.uuidString) < ($1.createdAt, $1.id.uuidString) }
        self.relations = relations.sorted { ($0.createdAt, $0.id.uuidString) < ($1.createdAt, $1.id.uuidString) }
        self.pauses = pauses.sorted { ($0.createdAt, $0.id.uuidString) < ($1.createdAt, $1.id.uuidString) }
        self.checkIns = checkIns.sorted { ($0.createdAt, $0.id.uuidString) < ($1.createdAt, $1.id.uuidString) }
        self.practiceSessions = practiceSessions.sorted {
            ($0.startedAt, $0.id.uuidString) < ($1.startedAt, $1.id.uuidString)
        }
    }

    /// The document as pretty, stable JSON (sorted keys, dates to the millisecond).
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(HearthExport.format(date))
        }
        return try encoder.encode(self)
    }

    /// Reads a document, or throws `HearthError.invalid` saying what is wrong and where.
    public static func decode(_ data: Data) throws(HearthError) -> HearthExport {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = try? Date(text, strategy: HearthExport.dateStyle).wholeMilliseconds else {
                throw DecodingError.dataCorruptedError(in: container,
                                                       debugDescription: "'\(text)' is not a date like 2026-11-22T09:30:00.000Z")
            }
            return date
        }
        let header: Header
        do {
            header = try decoder.decode(Header.self, from: data)
        } catch {
            throw .invalid([ImportIssues.issue(from: error)])
        }
        guard header.format == formatName else {
            throw .invalid("format", "this is not a Hearth export (expected \"\(formatName)\")")
        }
        guard header.version == currentVersion else {
            throw .invalid("version", "this Hearth reads version \(currentVersion) exports, not version \(header.version)")
        }
        do {
            return try decoder.decode(HearthExport.self, from: data)
        } catch {
            throw .invalid([ImportIssues.issue(from: error)])
        }
    }

    static let dateStyle = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    /// "2026-11-22T09:30:00.123Z", computed from whole milliseconds so that a date written and
    /// read back prints the same.
    static func format(_ date: Date) -> String {
        let milliseconds = date.millisecondsSince1970
        let (seconds, rest) = milliseconds.quotientAndRemainder(dividingBy: 1000)
        let wholeSeconds = rest < 0 ? seconds - 1 : seconds
        let fraction = rest < 0 ? rest + 1000 : rest
        let stamp = Date(timeIntervalSince1970: Double(wholeSeconds)).formatted(.iso8601)
        let digits = String(fraction)
        return stamp.dropLast() + "." + String(repeating: "0", count: 3 - digits.count) + digits + "Z"
    }

    /// The fields read first, so an unknown format or version is reported as such.
    struct Header: Decodable {
        var format: String
        var version: Int
    }
}
