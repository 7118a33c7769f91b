import Vapor

/// Cross-site request forgery protection by a double-submit token: every browser gets a random
/// `hearth_csrf` cookie, every form carries the same value in a hidden `csrf` field (scripts send
/// it as `X-CSRF-Token`), and a state-changing request without a match is refused. With
/// SameSite=Lax cookies this keeps other sites from acting in a person's name. API clients with
/// an access token need no token: they send no cookies.
struct CSRFGuard: AsyncMiddleware {
    static let cookieName = "hearth_csrf"
    static let fieldName = "csrf"
    static let headerName = "X-CSRF-Token"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let existing = request.cookies[Self.cookieName]?.string
        let token = existing ?? SessionLoader.newToken()
        request.csrfToken = token
        // A request with an access token carries no cookie a forger could borrow.
        if ![.GET, .HEAD, .OPTIONS].contains(request.method) && request.signedIn?.viaToken != true {
            let sent = request.headers.first(name: Self.headerName)
                ?? (try? request.content.get(String.self, at: Self.fieldName))
            guard let existing, let sent, Self.constantTimeEqual(existing, sent) else {
                throw Abort(.forbidden, reason: "This form has expired. Please go back, reload the page and try again.")
            }
        }
        let response = try await next.respond(to: request)
        if existing == nil {
            response.cookies[Self.cookieName] = HTTPCookies.Value(
                string: token, path: "/", isSecure: request.wantsSecureCookies, isHTTPOnly: true,
                sameSite: .lax)
        }
        return response
    }

    static func constantTimeEqual(_ one: String, _ other: String) -> Bool {
        let a = Array(one.utf8)
        let b = Array(other.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

extension Request {
    private struct CSRFKey: StorageKey {
        typealias Value = String
    }

    /// The token this request's forms must carry.
    var csrfToken: String {
        get { storage[CSRFKey.self] ?? "" }
        set { storage[CSRFKey.self] = newValue }
    }
}
