/// An element of inner experience, from Mindful Compassionate Dialogue.
public enum Experience: String, BitLabel, Codable {
    case feeling, need, impulse, thought, energy, dream, hope, mourning

    public static let ordered = allCases
}
