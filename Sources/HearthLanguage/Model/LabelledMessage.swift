/// A message with the labels a person gave it: one line of a training or development set.
public struct LabelledMessage: Sendable, Equatable {
    public var id: String
    public var role: Role
    public var text: String
    public var context: String?
    public var stance: Stance
    public var experience: LabelSet<Experience>
    public var strategies: LabelSet<Strategy>
    public var listening: Listening?
    public var safety: Safety

    public init(id: String, role: Role, text: String, context: String? = nil, stance: Stance,
                experience: LabelSet<Experience> = [], strategies: LabelSet<Strategy> = [],
                listening: Listening? = nil, safety: Safety = .none) {
        self.id = id
        self.role = role
        self.text = text
        self.context = context
        self.stance = stance
        self.experience = experience
        self.strategies = strategies
        self.listening = listening
        self.safety = safety
    }

    /// Reads one JSON line in the label contract's format.
    public init(jsonLine line: String) throws(JSONLineError) {
        var fields: [String: JSONField] = [:]
        var line = line
        let scanned: Result<Void, JSONLineError> = line.withUTF8 { bytes in
            do throws(JSONLineError) {
                try JSONLineScanner.scanObject(bytes) { key, value in fields[key] = value }
                return .success(())
            } catch { return .failure(error) }
        }
        try scanned.get()
        func label<T: RawRepresentable<String>>(_ key: String, _: T.Type) throws(JSONLineError) -> T {
            guard case .string(let raw)? = fields[key], let value = T(rawValue: raw) else {
                throw JSONLineError(reason: "missing or unknown \(key)", offset: 0)
            }
            return value
        }
        func set<T: BitLabel>(_ key: String, _: T.Type) throws(JSONLineError) -> LabelSet<T> {
            guard case .strings(let raws)? = fields[key] else {
                throw JSONLineError(reason: "\(key) must be a list of labels", offset: 0)
            }
            var result = LabelSet<T>()
            for raw in raws {
                guard let value = T(rawValue: raw) else { throw JSONLineError(reason: "unknown \(key) label \(raw)", offset: 0) }
                result.insert(value)
            }
            return result
        }
        guard let text = fields["text"]?.text else { throw JSONLineError(reason: "missing text", offset: 0) }
        id = fields["id"]?.text ?? ""
        role = try label("role", Role.self)
        self.text = text
        context = fields["context"]?.text
        stance = try label("stance", Stance.self)
        experience = try set("experience", Experience.self)
        strategies = try set("strategies", Strategy.self)
        listening = role == .listener ? try label("listening", Listening.self) : nil
        safety = try label("safety", Safety.self)
    }
}
