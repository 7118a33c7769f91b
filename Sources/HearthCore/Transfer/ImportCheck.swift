import Foundation

/// Checks a whole imported document before anything is written: every record valid, owned by
/// the document's user, ids unique, and every reference to a part pointing at a part in the file.
enum ImportCheck {
    static func checked(_ document: HearthExport) throws(HearthError) -> HearthExport {
        var checker = TextRules.Checker()
        var document = document
        let owner = document.user.id
        document.user = checker.validated("user") { () throws(HearthError) in try document.user.validated() }
            ?? document.user
        var seen = Set<UUID>()
        func unique(_ id: UUID, _ path: String) {
            if !seen.insert(id).inserted { checker.add("\(path).id", "repeats an id used earlier in the file") }
        }
        func owned(_ ownerID: UUID, _ path: String) {
            if ownerID != owner { checker.add("\(path).ownerID", "does not match user.id") }
        }

        var names = Set<String>()
        document.parts = document.parts.enumerated().map { index, part in
            let path = "parts[\(index)]"
            unique(part.id, path)
            owned(part.ownerID, path)
            let checked = checker.validated(path) { () throws(HearthError) in try part.validated() } ?? part
            if !names.insert(checked.name.lowercased()).inserted {
                checker.add("\(path).name", "repeats another part's name")
            }
            return checked
        }
        let partIDs = Set(document.parts.map(\.id))
        for (index, relation) in document.relations.enumerated() {
            let path = "relations[\(index)]"
            unique(relation.id, path)
            owned(relation.ownerID, path)
            for (field, id) in [("fromPartID", relation.fromPartID), ("toPartID", relation.toPartID)]
            where !partIDs.contains(id) {
                checker.add("\(path).\(field)", "names a part that is not in the file")
            }
            if relation.fromPartID == relation.toPartID { checker.add(path, "relates a part to itself") }
        }
        document.pauses = document.pauses.enumerated().map { index, pause in
            let path = "pauses[\(index)]"
            unique(pause.id, path)
            owned(pause.ownerID, path)
            if pause.activatedPartIDs.contains(where: { !partIDs.contains($0) }) {
                checker.add("\(path).activatedPartIDs", "names a part that is not in the file")
            }
            return checker.validated(path) { () throws(HearthError) in try pause.validated() } ?? pause
        }
        document.checkIns = document.checkIns.enumerated().map { index, checkIn in
            let path = "checkIns[\(index)]"
            unique(checkIn.id, path)
            owned(checkIn.ownerID, path)
            return checker.validated(path) { () throws(HearthError) in try checkIn.validated() } ?? checkIn
        }
        for (index, session) in document.practiceSessions.enumerated() {
            let path = "practiceSessions[\(index)]"
            unique(session.id, path)
            owned(session.ownerID, path)
            for (step, answer) in session.answers.sorted(by: { $0.key < $1.key }) {
                // A finished session is history: it may name a part deleted since, so only its text is checked.
                if let text = answer.text { checker.text(text, field: "\(path).answers.\(step)") }
            }
        }
        try checker.check()
        return document
    }
}
