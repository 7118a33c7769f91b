extension Int {
    /// "1 pause", "3 pauses": the number with its noun in the right form.
    func counted(_ singular: String, _ plural: String? = nil) -> String {
        "\(self) \(self == 1 ? singular : plural ?? singular + "s")"
    }
}
