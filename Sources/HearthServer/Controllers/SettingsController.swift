import HearthCore
import Vapor

/// Settings: the account (password, export, deletion), the partner (invite, accept, unpair)
/// and an overview of what is shared.
struct SettingsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let settings = routes.grouped("settings")
        settings.get { request in try await page(request) }
        settings.post("password") { request in try await changePassword(request) }
        settings.post("invite") { request in try await invite(request) }
        settings.post("accept") { request in try await accept(request) }
        settings.post("unpair") { request in try await unpair(request) }
        settings.get("export") { request in try await export(request) }
        settings.post("delete") { request in try await deleteAccount(request) }
        settings.post("tokens") { request in try await createToken(request) }
        settings.post("tokens", "delete") { request in try await deleteToken(request) }
    }

    struct Page: Encodable {
        let title = "Settings"
        let csrf: String
        let handle: String
        let displayName: String
        let partnerName: String?
        let code: String?
        let message: String?
        let sharedParts: Int
        let sharedPauses: Int
        let sharedNotes: Int
        let tokens: [TokenView]
        let newToken: String?
    }

    struct TokenView: Encodable {
        let id: String
        let name: String
        let created: String
    }

    func page(_ request: Request, message: String? = nil, code: String? = nil, newToken: String? = nil) async throws -> View {
        let user = try request.requireUser()
        let store = request.store
        let partner = try await PairingService(store: store).partner(of: user.id)
        return try await request.view.render("settings", Page(
            csrf: request.csrfToken, handle: user.handle, displayName: user.displayName,
            partnerName: partner?.displayName, code: code, message: message,
            sharedParts: try await store.parts.parts(ownedBy: user.id).filter(\.isShared).count,
            sharedPauses: try await store.pauses.pauses(ownedBy: user.id).filter(\.isShared).count,
            sharedNotes: try await store.checkIns.checkIns(ownedBy: user.id).filter(\.isNoteShared).count,
            tokens: try await store.accounts.accessTokens(of: user.id).sorted { $0.createdAt < $1.createdAt }.map {
                TokenView(id: $0.tokenHash, name: $0.name, created: $0.createdAt.formatted(date: .abbreviated, time: .omitted))
            },
            newToken: newToken))
    }

    struct PasswordForm: Content {
        var current: String
        var new: String
    }

    /// A new password ends every other session and starts a fresh one here.
    func changePassword(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let form = try request.content.decode(PasswordForm.self)
        guard try await PasswordHashing.matches(form.current, of: user.id, on: request) else {
            return try await page(request, message: "Your current password didn't match.")
                .encodeResponse(status: .badRequest, for: request)
        }
        let issues = PasswordPolicy.issues(form.new, handle: user.handle)
        guard issues.isEmpty else {
            return try await page(request, message: HearthError.invalid(issues).description)
                .encodeResponse(status: .badRequest, for: request)
        }
        let newHash = try await PasswordHashing.hash(form.new, on: request)
        try await request.store.transaction { transaction in
            try await transaction.accounts.setPasswordHash(newHash, of: user.id)
            try await transaction.accounts.deleteSessions(of: user.id)
        }
        request.signedIn = nil
        return try await AccountController().startSession(for: user, on: request)
    }

    func invite(_ request: Request) async throws -> View {
        let user = try request.requireUser()
        do {
            let invitation = try await PairingService(store: request.store).invite(from: user.id)
            return try await page(request, code: invitation.code)
        } catch let error as HearthError {
            return try await page(request, message: error.description)
        }
    }

    struct CodeForm: Content {
        var code: String
    }

    func accept(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let form = try request.content.decode(CodeForm.self)
        do {
            try await PairingService(store: request.store).accept(code: form.code, by: user.id)
        } catch let error as HearthError {
            return try await page(request, message: error.description).encodeResponse(status: .badRequest, for: request)
        }
        return request.redirect(to: "/settings")
    }

    func unpair(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        try? await PairingService(store: request.store).unpair(user.id)
        return request.redirect(to: "/settings")
    }

    /// Everything of the person, as the same versioned JSON as `hearth export`.
    func export(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let data = try await TransferService(store: request.store).export(user).encoded()
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"hearth-\(user.handle).json\"")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    struct TokenForm: Content {
        var name: String
    }

    /// A new personal access token, shown once.
    func createToken(_ request: Request) async throws -> View {
        let user = try request.requireUser()
        let form = try request.content.decode(TokenForm.self)
        var checker = TextRules.Checker()
        let name = checker.name(form.name, field: "name")
        guard checker.issues.isEmpty else { return try await page(request, message: "Give the token a name.") }
        let token = SessionLoader.newToken()
        try await request.store.accounts.insert(AccessToken(tokenHash: SessionLoader.hash(token), userID: user.id, name: name))
        return try await page(request, newToken: token)
    }

    struct TokenDeleteForm: Content {
        var id: String
    }

    func deleteToken(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let form = try request.content.decode(TokenDeleteForm.self)
        try await request.store.accounts.deleteAccessToken(tokenHash: form.id, of: user.id)
        return request.redirect(to: "/settings")
    }

    struct DeleteForm: Content {
        var password: String
    }

    /// Deletes the account and everything of it, after the password confirms it is the owner.
    func deleteAccount(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let form = try request.content.decode(DeleteForm.self)
        guard try await PasswordHashing.matches(form.password, of: user.id, on: request) else {
            return try await page(request, message: "Your password didn't match; nothing was deleted.")
                .encodeResponse(status: .badRequest, for: request)
        }
        try await AccountService(store: request.store).delete(handle: user.handle)
        let response = request.redirect(to: "/signup")
        response.cookies[SessionLoader.cookieName] = SessionLoader.cookie(
            "", secure: request.wantsSecureCookies, maxAge: 0)
        return response
    }
}
