import Foundation

/// The practices bundled with Hearth, read once from the package's resources.
public struct PracticeLibrary: Sendable {
    public let practices: [Practice]

    /// The practice ids a domain record is built from: a finished pause practice becomes a
    /// `Pause`, a finished four-foundations practice a `CheckIn`.
    public static let pauseID = "pause"
    public static let checkInID = "four-foundations"

    /// The bundled library, in a fixed order (the order people meet them in).
    public static let bundled: PracticeLibrary = {
        do {
            return try PracticeLibrary(directory: Bundle.module.resourceURL!.appendingPathComponent("Practices"))
        } catch {
            fatalError("Hearth's bundled practices are unreadable: \(error)")
        }
    }()

    static let order = ["pause", "speak-for-your-part", "exile-attention", "presence", "abandonment-fear",
                        "courageous-love", "four-foundations", "self-energy"]

    public init(practices: [Practice]) {
        self.practices = practices
    }

    /// Reads every `*.json` in a directory.
    public init(directory: URL) throws {
        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
        let decoder = JSONDecoder()
        let practices = try files.map { try decoder.decode(Practice.self, from: Data(contentsOf: $0)) }
        self.practices = practices.sorted {
            (PracticeLibrary.order.firstIndex(of: $0.id) ?? .max, $0.id)
                < (PracticeLibrary.order.firstIndex(of: $1.id) ?? .max, $1.id)
        }
    }

    /// The practice with an id (or a unique prefix of one).
    public func practice(_ id: String) throws(HearthError) -> Practice {
        let key = id.lowercased()
        if let exact = practices.first(where: { $0.id == key }) { return exact }
        let matches = practices.filter { $0.id.hasPrefix(key) }
        guard matches.count == 1 else {
            throw .notFound("Practice '\(id)' (there are: \(practices.map(\.id).joined(separator: ", ")))")
        }
        return matches[0]
    }
}
