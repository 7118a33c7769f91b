import Foundation

/// Where Hearth keeps its data: an embedded SQLite file by default, PostgreSQL when a database
/// URL is given (so several `hearth serve` instances can share it). Read once at start, from
/// options first, then the environment, then defaults.
public struct StorageConfiguration: Sendable, Equatable {
    public enum Backend: Sendable, Equatable {
        /// A SQLite file at this path.
        case sqlite(path: String)
        /// A PostgreSQL server at this URL (postgres://user:password@host:5432/database).
        case postgres(url: String)
    }

    public var backend: Backend

    /// The default data directory, relative to where Hearth runs.
    public static let defaultDataDirectory = "./data"
    /// The SQLite file's name inside the data directory.
    public static let sqliteFileName = "hearth.sqlite"

    public init(backend: Backend) {
        self.backend = backend
    }

    /// Resolves the configuration: a database URL (option, then `DATABASE_URL`) picks PostgreSQL;
    /// otherwise SQLite in the data directory (option, then `HEARTH_DATA_DIR`, then `./data`).
    public static func resolve(dataDirectory: String? = nil, databaseURL: String? = nil,
                               environment: [String: String] = ProcessInfo.processInfo.environment) -> Self {
        if let url = nonEmpty(databaseURL) ?? nonEmpty(environment["DATABASE_URL"]) {
            return StorageConfiguration(backend: .postgres(url: url))
        }
        let directory = nonEmpty(dataDirectory) ?? nonEmpty(environment["HEARTH_DATA_DIR"]) ?? defaultDataDirectory
        return StorageConfiguration(backend: .sqlite(path: URL(fileURLWithPath: directory)
            .appendingPathComponent(sqliteFileName).path))
    }

    /// Where the data is, for messages to a person (a PostgreSQL URL without its password).
    public var location: String {
        switch backend {
        case .sqlite(let path):
            return path
        case .postgres(let url):
            guard var components = URLComponents(string: url) else { return "PostgreSQL" }
            if components.password != nil { components.password = "***" }
            return components.string ?? "PostgreSQL"
        }
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return value
    }
}
