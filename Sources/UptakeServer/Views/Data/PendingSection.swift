/// A page section whose data arrives with another part of Uptake (plans, ledger, scores, pilots) and is not
/// connected yet: the page shows `note` in its place, the API returns `available: false`.
///
/// Each use is a seam: replace the one call that makes it with the repository call that loads the data.
struct PendingSection: Codable, Sendable, Equatable {
    /// Whether data is shown (false until the part is connected).
    var available: Bool
    /// What will appear here, for the reader.
    var note: String

    /// A section not connected yet.
    ///
    /// - Parameter note: What will appear here.
    /// - Returns: The section.
    static func pending(_ note: String) -> PendingSection {
        PendingSection(available: false, note: note)
    }
}
