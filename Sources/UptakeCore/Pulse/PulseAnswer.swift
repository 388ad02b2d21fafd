import Foundation

/// One anonymous pulse answer: the respondent's role and team, their ratings and comment. No user id is
/// part of it, so none can be stored.
public struct PulseAnswer: Hashable, Sendable, Codable {
    /// The respondent's role.
    public var role: PulseRole
    /// The respondent's team (executives usually "Leadership").
    public var team: String
    /// The ratings.
    public var scores: PulseScores
    /// The free-text comment, if any (trimmed; empty becomes nil).
    public var comment: String?
    /// Whether this answer was simulated for a demo rather than given by a person.
    public var isSimulated: Bool

    /// Makes an answer.
    ///
    /// - Parameters:
    ///   - role: The role.
    ///   - team: The team; not empty.
    ///   - scores: The ratings.
    ///   - comment: The comment, if any.
    ///   - isSimulated: Whether it is simulated.
    /// - Throws: ``PulseError`` `.invalidValue` for an empty team.
    public init(role: PulseRole, team: String, scores: PulseScores, comment: String? = nil, isSimulated: Bool = false)
        throws
    {
        let team = team.trimmingCharacters(in: .whitespaces)
        guard !team.isEmpty else { throw PulseError(.invalidValue, "the team is empty") }
        self.role = role
        self.team = team
        self.scores = scores
        let trimmed = comment?.trimmingCharacters(in: .whitespacesAndNewlines)
        self.comment = trimmed?.isEmpty == false ? trimmed : nil
        self.isSimulated = isSimulated
    }

    /// The columns a pulse CSV must have (`comment` may be absent).
    public static let csvColumns = ["role", "team"] + PulseItem.allCases.map(\.rawValue)

    /// Reads an answer from a CSV record keyed by lower-cased header.
    ///
    /// - Parameters:
    ///   - record: Field values by column name.
    ///   - isSimulated: Whether the file holds simulated answers.
    /// - Throws: ``PulseError`` `.missingColumn` or `.invalidValue`, naming the column and value.
    public init(record: [String: String], isSimulated: Bool = false) throws {
        func field(_ name: String) throws -> String {
            guard let value = record[name] else { throw PulseError(.missingColumn, "no column \"\(name)\"") }
            return value.trimmingCharacters(in: .whitespaces)
        }
        let roleText = try field("role").lowercased()
        guard let role = PulseRole(rawValue: roleText) else {
            let allowed = PulseRole.allCases.map(\.rawValue).joined(separator: "|")
            throw PulseError(.invalidValue, "column \"role\": \"\(roleText)\" is not one of \(allowed)")
        }
        func rating(_ item: PulseItem) throws -> Int {
            let text = try field(item.rawValue)
            guard let value = Int(text), (1...5).contains(value) else {
                throw PulseError(.invalidValue, "column \"\(item.rawValue)\": \"\(text)\" is not a rating from 1 to 5")
            }
            return value
        }
        let scores = try PulseScores(
            confidence: rating(.confidence), trust: rating(.trust), goalClarity: rating(.goalClarity),
            training: rating(.training))
        let team = try field("team")
        guard !team.isEmpty else { throw PulseError(.invalidValue, "column \"team\" is empty") }
        try self.init(
            role: role, team: team,
            scores: scores,
            comment: record["comment"], isSimulated: isSimulated)
    }
}
