import HearthCore
import Vapor

/// Finds the signed-in person, if any, and keeps them on the request: from a personal access
/// token (`Authorization: Bearer ...`) on the API, otherwise from the session cookie.
struct SessionLoader: AsyncMiddleware {
    static let cookieName = "hearth_session"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.url.path.hasPrefix("/api/"), let bearer = request.headers.bearerAuthorization {
            guard let token = try await request.store.accounts.accessToken(tokenHash: Self.hash(bearer.token)),
                  let user = try await request.store.users.user(id: token.userID) else {
                throw Abort(.unauthorized, reason: "That access token is not valid (any more).")
            }
            request.signedIn = SignedIn(user: user, session: nil)
        } else if let token = request.cookies[Self.cookieName]?.string,
           let session = try await request.store.accounts.session(tokenHash: Self.hash(token)),
           !session.isExpired(),
           let user = try await request.store.users.user(id: session.userID) {
            request.signedIn = SignedIn(user: user, session: session)
        }
        return try await next.respond(to: request)
    }

    /// The stored form of a session token.
    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// A new random token (256 bits, URL-safe).
    static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// The session cookie (HttpOnly, SameSite=Lax, Secure over HTTPS).
    static func cookie(_ token: String, secure: Bool, maxAge: Int = Int(WebSession.lifetime)) -> HTTPCookies.Value {
        HTTPCookies.Value(string: token, maxAge: maxAge, path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }
}

/// The person signed in on this request, and their browser session (nil when they came with
/// an access token).
struct SignedIn {
    let user: User
    let session: WebSession?

    /// Whether the request came with an access token rather than a browser's cookie.
    var viaToken: Bool { session == nil }
}

extension Request {
    private struct SignedInKey: StorageKey {
        typealias Value = SignedIn
    }

    var signedIn: SignedIn? {
        get { storage[SignedInKey.self] }
        set { storage[SignedInKey.self] = newValue }
    }

    /// The signed-in person, or a redirect to the sign-in page.
    func requireUser() throws -> User {
        guard let user = signedIn?.user else { throw Abort.redirect(to: "/signin") }
        return user
    }

    /// Whether cookies must be `Secure`: when configured so, or when the request came over HTTPS
    /// (directly, or through a proxy that says so).
    var wantsSecureCookies: Bool {
        application.hearth.secureCookies || url.scheme == "https"
            || headers.first(name: "X-Forwarded-Proto")?.lowercased() == "https"
    }

    /// The signed-in person, or 401 for API clients.
    func requireAPIUser() throws -> User {
        guard let user = signedIn?.user else {
            throw Abort(.unauthorized, reason: "Sign in, or send a personal access token as 'Authorization: Bearer ...'.")
        }
        return user
    }
}
