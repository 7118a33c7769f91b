import Foundation
import HearthStore
@testable import HearthServer
import Testing
import Vapor
import VaporTesting

/// The databases the route tests run on: SQLite always, PostgreSQL when
/// `HEARTH_TEST_POSTGRES_URL` names one.
enum ServerBackend: String, CaseIterable, Sendable {
    case sqlite, postgres

    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["HEARTH_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    static var available: [ServerBackend] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    var storage: StorageConfiguration {
        switch self {
        case .sqlite:
            .resolve(dataDirectory: FileManager.default.temporaryDirectory
                .appendingPathComponent("hearth-server-tests-\(UUID().uuidString)").path, databaseURL: nil, environment: [:])
        case .postgres:
            StorageConfiguration(backend: .postgres(url: ServerBackend.postgresURL!))
        }
    }
}

/// Runs `test` against Hearth's routes on a fresh application and database.
func withHearth(_ backend: ServerBackend, _ test: (Application) async throws -> Void) async throws {
    let database = try await HearthDatabase.open(backend.storage)
    do {
        try await withApp(configure: { app in
            try HearthApp.configure(app, database: database, configuration: ServerConfiguration(storage: backend.storage))
        }, test)
    } catch {
        await database.close()
        throw error
    }
    await database.close()
}

/// A browser for route tests: keeps cookies between requests and reads the CSRF token.
final class TestBrowser {
    let app: Application
    private(set) var cookies: [String: String] = [:]

    init(_ app: Application) {
        self.app = app
    }

    var csrf: String { cookies[CSRFGuard.cookieName] ?? "" }
    var session: String? { cookies[SessionLoader.cookieName] }

    @discardableResult
    func get(_ path: String) async throws -> TestingHTTPResponse {
        try await send(.GET, path)
    }

    /// Posts a form; the CSRF field is added unless `csrf` is false.
    @discardableResult
    func post(_ path: String, form: [String: String], csrf: Bool = true) async throws -> TestingHTTPResponse {
        var fields = form
        if csrf { fields["csrf"] = self.csrf }
        let body = fields.map { "\(Self.escape($0.key))=\(Self.escape($0.value))" }.joined(separator: "&")
        return try await send(.POST, path, body: body, contentType: "application/x-www-form-urlencoded")
    }

    /// Posts JSON with the CSRF header.
    @discardableResult
    func postJSON(_ path: String, _ json: String, csrf: Bool = true) async throws -> TestingHTTPResponse {
        try await send(.POST, path, body: json, contentType: "application/json", csrfHeader: csrf)
    }

    func send(_ method: HTTPMethod, _ path: String, body: String? = nil, contentType: String? = nil,
              csrfHeader: Bool = false) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        if !cookies.isEmpty {
            headers.add(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        if let contentType { headers.add(name: .contentType, value: contentType) }
        if csrfHeader { headers.add(name: CSRFGuard.headerName, value: csrf) }
        let response = try await app.testing().sendRequest(method, path, headers: headers,
                                                           body: body.map { ByteBuffer(string: $0) })
        for header in response.headers[.setCookie] {
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                .map(String.init)
            guard pair.count == 2 else { continue }
            if header.lowercased().contains("max-age=0") || pair[1].isEmpty {
                cookies[pair[0]] = nil
            } else {
                cookies[pair[0]] = pair[1]
            }
        }
        return response
    }

    /// Loads a page first, so the browser has its CSRF cookie, as a real one would.
    func open() async throws {
        try await get("/signin")
    }

    func signUp(_ handle: String, password: String = "a quiet river at dawn") async throws -> TestingHTTPResponse {
        try await post("/signup", form: ["handle": handle, "password": password])
    }

    static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}

/// A user name no other test uses (the PostgreSQL database is shared).
func uniqueHandle(_ prefix: String = "web") -> String {
    "\(prefix)-\(UUID().uuidString.prefix(8).lowercased())"
}
