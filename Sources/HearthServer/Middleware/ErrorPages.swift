import HearthCore
import Vapor

/// Turns errors into a plain page (or, under /api, JSON with a stable code), never a stack
/// trace, and never with what the person wrote.
struct ErrorPages: AsyncMiddleware {
    struct APIError: Content {
        let code: String
        let message: String
    }

    /// The status and the words for an error: domain errors map to 400, 404 and 409 here, in one place.
    static func describe(_ error: any Error) -> (HTTPResponseStatus, String) {
        switch error {
        case let abort as any AbortError:
            return (abort.status, abort.reason)
        case let hearth as HearthError:
            switch hearth {
            case .invalid: return (.badRequest, hearth.description)
            case .notFound: return (.notFound, "That page isn't here (or isn't yours to see).")
            case .conflict(let message), .pairing(let message): return (.conflict, message)
            }
        default:
            return (.internalServerError, "Something went wrong on our side.")
        }
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch let abort as AbortError where abort.status == .seeOther || abort.status == .found {
            return request.redirect(to: abort.headers.first(name: .location) ?? "/")
        } catch {
            let (status, message) = ErrorPages.describe(error)
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
