import HearthStore

/// How `hearth serve` runs: where it listens and where the data is. Read once at start (options,
/// then environment, then defaults) and passed down.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    public var storage: StorageConfiguration
    /// Marks cookies `Secure`; on when Hearth is served over HTTPS (behind a proxy that says so).
    public var secureCookies: Bool

    public static let defaultHost = "127.0.0.1"
    public static let defaultPort = 8080

    public init(host: String = ServerConfiguration.defaultHost, port: Int = ServerConfiguration.defaultPort,
                storage: StorageConfiguration, secureCookies: Bool = false) {
        self.host = host
        self.port = port
        self.storage = storage
        self.secureCookies = secureCookies
    }
}
