import Foundation
import HearthCore

/// Parts as plain text for the terminal.
enum PartsText {
    static func list(_ parts: [Part], _ relations: [PartRelation], heading: String) -> String {
        guard !parts.isEmpty else {
            return "\(heading).\nAdd one with: hearth parts add \"Name\" --role exile"
        }
        let width = min(28, parts.map(\.name.count).max() ?? 0)
        var lines = ["\(heading):"]
        for part in parts {
            var line = "  " + part.name.padding(toLength: max(width, part.name.count), withPad: " ", startingAt: 0)
            line += "  " + part.role.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
            line += part.isShared ? "  shared " : "  private"
            if !part.strategies.isEmpty { line += "  " + part.strategies.map(\.rawValue).joined(separator: ", ") }
            lines.append(line)
        }
        if !relations.isEmpty {
            lines.append("Relations:")
            lines += relations.map { "  " + sentence($0, parts) }
        }
        return lines.joined(separator: "\n")
    }

    static func detail(_ part: Part, among parts: [Part], relations: [PartRelation]) -> String {
        var lines = ["\(part.name)  (\(part.role.rawValue), \(part.isShared ? "shared with your partner" : "private"))"]
        func add(_ label: String, _ values: [String]) {
            if !values.isEmpty { lines.append("  \(label): \(values.joined(separator: "; "))") }
        }
        add("strategies", part.strategies.map(\.rawValue))
        add("feels", part.feelings)
        add("believes", part.burdens)
        add("fears", part.fears)
        add("needs", part.needs)
        add("set off by", part.triggers)
        add("felt age", [part.feltAge].filter { !$0.isEmpty })
        add("lives in", [part.bodyLocation].filter { !$0.isEmpty })
        add("comes from", [part.origin].filter { !$0.isEmpty })
        add("notes", [part.notes].filter { !$0.isEmpty })
        add("relations", relations.filter { $0.fromPartID == part.id || $0.toPartID == part.id }
            .map { sentence($0, parts) })
        lines.append("  id: \(shortID(part.id))")
        return lines.joined(separator: "\n")
    }

    static func sentence(_ relation: PartRelation, _ parts: [Part]) -> String {
        func name(_ id: UUID) -> String { parts.first { $0.id == id }?.name ?? "(a part)" }
        return "\(name(relation.fromPartID)) \(relation.kind.phrase) \(name(relation.toPartID))"
    }

    /// The first eight characters of an id: enough to name a record on the command line.
    static func shortID(_ id: UUID) -> String {
        String(id.uuidString.lowercased().prefix(8))
    }
}
