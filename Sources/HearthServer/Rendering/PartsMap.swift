import Foundation
import HearthCore

/// The map of a person's parts as SVG, drawn on the server: the Self at the centre, protectors
/// around it, the exiles they protect behind them, other parts between, and relations as
/// labelled lines.
struct PartsMap {
    let parts: [Part]
    let relations: [PartRelation]

    static let size = 640.0
    static let protectorRadius = 150.0
    static let unknownRadius = 215.0
    static let exileRadius = 270.0

    /// Where each part sits.
    func positions() -> [UUID: (x: Double, y: Double)] {
        let centre = PartsMap.size / 2
        var angles: [UUID: Double] = [:]
        let protectors = parts.filter { $0.role == .protector }
        for (index, part) in protectors.enumerated() {
            angles[part.id] = Double(index) / Double(max(protectors.count, 1)) * 2 * .pi - .pi / 2
        }
        let exiles = parts.filter { $0.role == .exile }
        var free: [Part] = []
        var behind: [UUID: Int] = [:]
        for exile in exiles {
            let guardian = relations.first { $0.kind == .protects && $0.toPartID == exile.id && angles[$0.fromPartID] != nil }
            if let guardian, let angle = angles[guardian.fromPartID] {
                let offset = behind[guardian.fromPartID, default: 0]
                behind[guardian.fromPartID] = offset + 1
                angles[exile.id] = angle + Double(offset) * 0.35
            } else {
                free.append(exile)
            }
        }
        for (index, exile) in free.enumerated() {
            angles[exile.id] = Double(index) / Double(max(free.count, 1)) * 2 * .pi - .pi / 2 + .pi / Double(max(free.count, 1))
        }
        let unknown = parts.filter { $0.role == .unknown }
        for (index, part) in unknown.enumerated() {
            angles[part.id] = Double(index) / Double(max(unknown.count, 1)) * 2 * .pi + .pi / 4
        }
        var positions: [UUID: (x: Double, y: Double)] = [:]
        for part in parts {
            let radius = part.role == .protector ? PartsMap.protectorRadius
                : part.role == .exile ? PartsMap.exileRadius : PartsMap.unknownRadius
            let angle = angles[part.id] ?? 0
            positions[part.id] = (centre + radius * cos(angle), centre + radius * sin(angle))
        }
        return positions
    }

    /// The drawing's frame: around the Self and every part, with room for names, so a small map
    /// is drawn large (and readable on a phone).
    func frame(_ positions: [UUID: (x: Double, y: Double)]) -> String {
        let centre = PartsMap.size / 2
        let xs = positions.values.map(\.x) + [centre]
        let ys = positions.values.map(\.y) + [centre]
        let padding = 80.0
        var minX = xs.min()! - padding, maxX = xs.max()! + padding
        var minY = ys.min()! - padding, maxY = ys.max()! + padding
        let side = 320.0
        if maxX - minX < side { minX = (minX + maxX - side) / 2; maxX = minX + side }
        if maxY - minY < side { minY = (minY + maxY - side) / 2; maxY = minY + side }
        return [minX, minY, maxX - minX, maxY - minY].map(SVG.number).joined(separator: " ")
    }

    func render() -> String {
        let centre = PartsMap.size / 2
        let positions = positions()
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="\(frame(positions))" role="img" class="parts-map" \
            aria-labelledby="map-title"><title id="map-title">Map of your parts: the Self at the centre, \
            \(parts.count) parts around it</title>
            """
        for relation in relations {
            guard let from = positions[relation.fromPartID], let to = positions[relation.toPartID] else { continue }
            let dash = relation.kind == .polarisedWith ? " stroke-dasharray=\"6 4\"" : ""
            svg += "<line x1=\"\(SVG.number(from.x))\" y1=\"\(SVG.number(from.y))\" x2=\"\(SVG.number(to.x))\" "
                + "y2=\"\(SVG.number(to.y))\" class=\"relation \(relation.kind.rawValue)\"\(dash)/>"
            svg += "<text x=\"\(SVG.number((from.x + to.x) / 2))\" y=\"\(SVG.number((from.y + to.y) / 2 - 6))\" "
                + "class=\"relation-label\">\(SVG.escape(relation.kind.phrase))</text>"
        }
        svg += "<circle cx=\"\(SVG.number(centre))\" cy=\"\(SVG.number(centre))\" r=\"46\" class=\"self\"/>"
        svg += "<text x=\"\(SVG.number(centre))\" y=\"\(SVG.number(centre + 5))\" class=\"self-label\">Self</text>"
        for part in parts {
            guard let point = positions[part.id] else { continue }
            svg += "<g class=\"part \(part.role.rawValue)\"><circle cx=\"\(SVG.number(point.x))\" "
                + "cy=\"\(SVG.number(point.y))\" r=\"24\"/><text x=\"\(SVG.number(point.x))\" "
                + "y=\"\(SVG.number(point.y + 46))\">\(SVG.escape(SVG.label(part.name, limit: 14)))</text></g>"
        }
        return svg + "</svg>"
    }
}
