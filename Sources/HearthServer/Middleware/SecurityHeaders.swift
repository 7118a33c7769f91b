import Vapor

/// Headers that keep pages to Hearth's own assets and out of other sites' frames.
struct SecurityHeaders: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: "Content-Security-Policy",
                                      value: "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'")
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
        response.headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
        return response
    }
}

/// Turns errors into a plain page (or, under /api, JSON with a stable code), never a stack
/// trace, and never with what the person wrote.
struct ErrorPages: AsyncMiddleware {
    struct APIError: Content {
        let code: String
        let message: String
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch let abort as AbortError where abort.status == .seeOther || abort.status == .found {
            return request.redirect(to: abort.headers.first(name: .location) ?? "/")
        } catch {
            let status = (error as? any AbortError)?.status ?? .internalServerError
            let message = (error as? any AbortError)?.reason ?? "Something went wrong on our side."
            if status == .internalServerError {
                request.logger.error("request failed", metadata: ["path": .string(request.url.path),
                                                                 "error": .string(String(describing: type(of: error)))])
            }
            if request.url.path.hasPrefix("/api/") {
                let body = APIError(code: status.reasonPhrase.lowercased().replacingOccurrences(of: " ", with: "_"),
                                    message: message)
                let response = try await body.encodeResponse(status: status, for: request)
                return response
            }
            let page = ["message": message, "title": "Sorry", "csrf": request.csrfToken]
            let view: View = try await request.view.render("error", page)
            let response = try await view.encodeResponse(for: request)
            response.status = status
            return response
        }
    }
}
