/// Small helpers for drawing SVG on the server: escaped text and rounded numbers.
enum SVG {
    /// Text safe inside SVG (XML) content and attributes.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// A coordinate with one decimal.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// A name shortened to fit under a node.
    static func label(_ name: String, limit: Int = 18) -> String {
        name.count > limit ? String(name.prefix(limit - 1)) + "…" : name
    }
}
