import HearthLanguage

/// Whether a person's own words speak of danger (self-harm, or violence or fear in the
/// relationship). Such words are never shown to the partner, whatever is shared: the check runs
/// on the text itself, every time, so a stale or imported reading cannot let them through.
public enum SafetyScreen {
    /// Whether any of the texts is a safety disclosure.
    public static func disclosesDanger(_ texts: [String]) -> Bool {
        texts.contains { !$0.isEmpty && Analyzer.shared.analyze($0, role: .speaker).safety != .none }
    }
}

extension Pause {
    /// Whether anything written in the pause speaks of danger.
    public var disclosesDanger: Bool {
        SafetyScreen.disclosesDanger([happened, bodySensations, protectorAction, exileNeeds, forPart])
    }
}

extension CheckIn {
    /// Whether the check-in's note speaks of danger.
    public var noteDisclosesDanger: Bool {
        SafetyScreen.disclosesDanger([note])
    }
}
