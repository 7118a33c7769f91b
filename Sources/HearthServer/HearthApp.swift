import HearthCore
import HearthStore
import Leaf
import LeafKit
import Vapor

/// Hearth's web server: pages, the JSON API and the assets, on Vapor.
public enum HearthApp {
    /// Starts the server and serves until SIGINT or SIGTERM, then shuts down gracefully.
    public static func run(_ configuration: ServerConfiguration) async throws {
        var environment = Environment(name: "production", arguments: ["hearth"])
        environment.arguments = ["hearth", "serve"]
        let app = try await Application.make(environment)
        let database: HearthDatabase
        do {
            database = try await HearthDatabase.open(configuration.storage, logger: app.logger)
        } catch {
            try await app.asyncShutdown()
            throw error
        }
        do {
            try configure(app, database: database, configuration: configuration)
            app.logger.notice("Hearth is listening on http://\(configuration.host):\(configuration.port)")
            try await app.execute()
        } catch {
            try? await app.asyncShutdown()
            await database.close()
            throw error
        }
        try await app.asyncShutdown()
        await database.close()
    }

    /// Sets up routes, middleware, views and assets on an application.
    public static func configure(_ app: Application, database: HearthDatabase,
                                 configuration: ServerConfiguration) throws {
        app.http.server.configuration.hostname = configuration.host
        app.http.server.configuration.port = configuration.port
        app.routes.defaultMaxBodySize = "1mb"
        app.hearth = HearthServices(store: database.repositories, secureCookies: configuration.secureCookies)

        // Views and assets ship inside the binary's resource bundle, so Hearth serves them from
        // wherever it runs.
        let resources = Bundle.module.resourceURL!
        app.directory.viewsDirectory = resources.appendingPathComponent("Views").path + "/"
        app.directory.publicDirectory = resources.appendingPathComponent("Public").path + "/"
        app.views.use(.leaf)
        // The bundle sits under .build while developing; LeafKit's default limits refuse hidden folders.
        app.leaf.sources = .singleSource(NIOLeafFiles(
            fileio: app.fileio, limits: [.toSandbox, .requireExtensions], sandboxDirectory: resources.path,
            viewDirectory: app.directory.viewsDirectory, defaultExtension: "leaf"))

        app.middleware = Middlewares()
        app.middleware.use(ErrorPages())
        app.middleware.use(SecurityHeaders())
        app.middleware.use(FileMiddleware(publicDirectory: app.directory.publicDirectory))
        app.middleware.use(SessionLoader())
        app.middleware.use(CSRFGuard())

        try app.register(collection: AccountController())
        try app.register(collection: PageController())
        try app.register(collection: CoachController())
        try app.register(collection: PartsController())
        try app.register(collection: PracticesController())
        try app.register(collection: PausesController())
        try app.register(collection: CheckInsController())
        try app.register(collection: SettingsController())
        try app.register(collection: PartnerController())
        let api = app.grouped("api", "v1")
        try api.register(collection: PartsAPI())
        try api.register(collection: JournalAPI())
        try api.register(collection: AccountAPI())
        try api.register(collection: PracticesAPI())
        app.get("healthz") { _ in "ok" }
    }
}

/// What the controllers need, set once at start.
struct HearthServices: Sendable {
    let store: any HearthRepositories
    let secureCookies: Bool
    let limiter = AttemptLimiter()
}

extension Application {
    private struct HearthServicesKey: StorageKey {
        typealias Value = HearthServices
    }

    var hearth: HearthServices {
        get { storage[HearthServicesKey.self]! }
        set { storage[HearthServicesKey.self] = newValue }
    }
}

extension Request {
    /// Hearth's stores, for this request.
    var store: any HearthRepositories { application.hearth.store }
}
