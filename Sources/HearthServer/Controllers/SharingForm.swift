import Vapor

/// The form behind every "share" and "make private" button: `shared` is "1" or "0".
struct SharingForm: Content {
    var shared: String

    /// Whether the request asks to share.
    static func wanted(_ request: Request) throws -> Bool {
        try request.content.decode(SharingForm.self).shared == "1"
    }
}
