import Foundation

/// A bearer token for the JSON API, as stored: its hash, never the token itself.
public struct APIToken: Hashable, Sendable, Codable {
    /// The database's number for the token, used to revoke it.
    public var id: Int64
    /// The account the token acts as.
    public var userID: Int64
    /// What the token is for, in the owner's words.
    public var label: String
    /// When it was made.
    public var createdAt: Date
    /// When it was revoked, or nil while it is valid.
    public var revokedAt: Date?

    /// Makes a token value.
    ///
    /// - Parameters:
    ///   - id: The database's number.
    ///   - userID: The owner.
    ///   - label: What it is for.
    ///   - createdAt: When it was made.
    ///   - revokedAt: When it was revoked, or nil.
    public init(id: Int64, userID: Int64, label: String, createdAt: Date, revokedAt: Date? = nil) {
        self.id = id
        self.userID = userID
        self.label = label
        self.createdAt = createdAt
        self.revokedAt = revokedAt
    }
}
