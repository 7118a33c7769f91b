/// ANSI styling for a terminal, or plain text when colour is not wanted.
struct TerminalStyle {
    let colours: Bool

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func warning(_ text: String) -> String { wrap(text, "1;31") }
    func highlight(_ text: String) -> String { colours ? "\u{1B}[4;33m\(text)\u{1B}[0m" : "[\(text)]" }

    private func wrap(_ text: String, _ code: String) -> String {
        colours ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
