import ArgumentParser
import HearthServer
import HearthStore

/// `hearth serve`: the web app, on an embedded SQLite file unless told otherwise.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Start Hearth's web app (http://127.0.0.1:8080 by default).",
        discussion: "Stops gracefully on Ctrl-C or SIGTERM. Behind an HTTPS proxy, add --secure-cookies."
    )

    @Option(help: "The address to listen on (default: $HEARTH_HOST, else 127.0.0.1).") var host: String?
    @Option(help: "The port (default: $HEARTH_PORT, else 8080).") var port: Int?
    @Option(name: .customLong("data-dir"), help: "The folder holding hearth.sqlite (default: $HEARTH_DATA_DIR, else ./data).")
    var dataDirectory: String?
    @Option(name: .customLong("database-url"), help: "A PostgreSQL URL, used instead of SQLite (default: $DATABASE_URL).")
    var databaseURL: String?
    @Flag(help: "Mark cookies Secure (when served over HTTPS).") var secureCookies = false

    func run() async throws {
        let environmentPort = Environment.value("HEARTH_PORT").flatMap(Int.init)
        let configuration = ServerConfiguration(
            host: host ?? Environment.value("HEARTH_HOST") ?? ServerConfiguration.defaultHost,
            port: port ?? environmentPort ?? ServerConfiguration.defaultPort,
            storage: .resolve(dataDirectory: dataDirectory, databaseURL: databaseURL),
            secureCookies: secureCookies || Environment.value("HEARTH_SECURE_COOKIES") == "1")
        guard (1...65_535).contains(configuration.port) else {
            throw ValidationError("The port must be between 1 and 65535.")
        }
        try await HearthApp.run(configuration)
    }
}
