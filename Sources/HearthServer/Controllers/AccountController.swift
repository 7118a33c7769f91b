import HearthCore
import Vapor

/// Sign up, sign in and sign out. Messages never say whether an account exists, attempts are
/// limited per account and per client, and every sign-in gets a new session.
struct AccountController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("signin") { request in try await signInPage(request) }
        routes.post("signin") { request in try await signIn(request) }
        routes.get("signup") { request in try await signUpPage(request) }
        routes.post("signup") { request in try await signUp(request) }
        routes.post("signout") { request in try await signOut(request) }
    }

    struct Form: Content {
        var handle: String
        var password: String
        var displayName: String?
    }

    struct FormPage: Encodable {
        let title: String
        let csrf: String
        let message: String?
        let handle: String
    }

    func signInPage(_ request: Request, message: String? = nil, handle: String = "") async throws -> View {
        try await request.view.render("signin", FormPage(title: "Sign in", csrf: request.csrfToken,
                                                         message: message, handle: handle))
    }

    func signUpPage(_ request: Request, message: String? = nil, handle: String = "") async throws -> View {
        try await request.view.render("signup", FormPage(title: "Make an account", csrf: request.csrfToken,
                                                         message: message, handle: handle))
    }

    func signIn(_ request: Request) async throws -> Response {
        let form = try request.content.decode(Form.self)
        let handle = form.handle.trimmingCharacters(in: .whitespaces).lowercased()
        let limiter = request.application.hearth.limiter
        let client = request.remoteAddress?.ipAddress ?? "unknown"
        guard await limiter.allow(["account:\(handle)", "client:\(client)"]) else {
            return try await signInPage(request, message: Messages.tooMany, handle: handle)
                .encodeResponse(status: .tooManyRequests, for: request)
        }
        guard let user = try await request.store.users.user(handle: handle),
              let hash = try await request.store.accounts.passwordHash(of: user.id) else {
            try await PasswordHashing.waste(on: request)
            return try await signInPage(request, message: Messages.noMatch, handle: handle)
                .encodeResponse(status: .unauthorized, for: request)
        }
        guard try await PasswordHashing.verify(form.password, against: hash, on: request) else {
            return try await signInPage(request, message: Messages.noMatch, handle: handle)
                .encodeResponse(status: .unauthorized, for: request)
        }
        await limiter.reset("account:\(handle)")
        return try await startSession(for: user, on: request)
    }

    func signUp(_ request: Request) async throws -> Response {
        let form = try request.content.decode(Form.self)
        let limiter = request.application.hearth.limiter
        let client = request.remoteAddress?.ipAddress ?? "unknown"
        guard await limiter.allow(["signup:\(client)"]) else {
            return try await signUpPage(request, message: Messages.tooMany, handle: form.handle)
                .encodeResponse(status: .tooManyRequests, for: request)
        }
        let issues = PasswordPolicy.issues(form.password, handle: form.handle)
        var user = User(handle: form.handle, displayName: form.displayName.flatMap { $0.isEmpty ? nil : $0 })
        do {
            user = try user.validated()
            if !issues.isEmpty { throw HearthError.invalid(issues) }
        } catch let error as HearthError {
            return try await signUpPage(request, message: error.description, handle: form.handle)
                .encodeResponse(status: .badRequest, for: request)
        }
        let hash = try await PasswordHashing.hash(form.password, on: request)
        let created = user
        do {
            try await request.store.transaction { transaction in
                if try await transaction.users.user(handle: created.handle) != nil {
                    throw HearthError.conflict("taken")
                }
                try await transaction.users.insert(created)
                try await transaction.accounts.setPasswordHash(hash, of: created.id)
            }
        } catch HearthError.conflict {
            return try await signUpPage(request, message: Messages.nameUnavailable, handle: form.handle)
                .encodeResponse(status: .badRequest, for: request)
        }
        return try await startSession(for: created, on: request)
    }

    func signOut(_ request: Request) async throws -> Response {
        if let session = request.signedIn?.session {
            try await request.store.accounts.deleteSession(tokenHash: session.tokenHash)
        }
        let response = request.redirect(to: "/signin")
        response.cookies[SessionLoader.cookieName] = SessionLoader.cookie(
            "", secure: request.wantsSecureCookies, maxAge: 0)
        return response
    }

    /// A new session for every sign-in (the old one, if any, is ended), then Today.
    func startSession(for user: User, on request: Request) async throws -> Response {
        if let old = request.signedIn?.session {
            try await request.store.accounts.deleteSession(tokenHash: old.tokenHash)
        }
        let token = SessionLoader.newToken()
        try await request.store.accounts.insert(WebSession(tokenHash: SessionLoader.hash(token), userID: user.id))
        let response = request.redirect(to: "/")
        response.cookies[SessionLoader.cookieName] = SessionLoader.cookie(
            token, secure: request.wantsSecureCookies)
        return response
    }

    /// The words the account pages use: the same whether or not an account exists.
    enum Messages {
        static let noMatch = "That name and password don't match an account here. Check them and try again."
        static let tooMany = "Too many tries. Please wait a few minutes and try again."
        static let nameUnavailable = "That name can't be used. Please choose another."
    }
}
