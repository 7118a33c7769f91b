import HearthCore
import Vapor

/// Finds the signed-in person from the session cookie, if any, and keeps them on the request.
struct SessionLoader: AsyncMiddleware {
    static let cookieName = "hearth_session"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let token = request.cookies[Self.cookieName]?.string,
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

/// The person signed in on this request, and their session.
struct SignedIn {
    let user: User
    let session: WebSession
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
}
