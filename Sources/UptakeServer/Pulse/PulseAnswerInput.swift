import Foundation
import UptakeCore

/// One pulse answer as a link's form or the JSON API sends it: the template's 5-point items under their
/// keys (`confidence`, `trust`, `goal_clarity`, `training`) and an optional `comment`.
///
/// Checked before the link's token is consumed, so a bad answer leaves the link usable.
struct PulseAnswerInput: Decodable, Sendable {
    /// The longest comment kept (a comment is free text, not a document).
    static let maximumCommentLength = 2_000

    /// The ratings.
    var scores: PulseScores
    /// The comment, nil when empty.
    var comment: String?

    /// Reads an answer from form fields.
    ///
    /// - Parameter fields: The posted form.
    /// - Throws: ``AppError`` `bad_request` naming the missing or invalid field.
    init(fields: FormFields) throws {
        var ratings: [PulseItem: Int] = [:]
        for item in PulseItem.allCases {
            guard let text = fields[item.rawValue], let value = Int(text) else {
                throw AppError.badRequest("Rate \"\(item.label)\" from 1 to 5.")
            }
            ratings[item] = value
        }
        try self.init(ratings: ratings, comment: fields["comment"])
    }

    private enum CodingKeys: String, CodingKey {
        case confidence, trust, goalClarity = "goal_clarity", training, comment
    }

    /// Reads an answer from the API's JSON.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: A decoding error for a missing rating, or ``AppError`` `bad_request` for one out of range.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            ratings: [
                .confidence: try container.decode(Int.self, forKey: .confidence),
                .trust: try container.decode(Int.self, forKey: .trust),
                .goalClarity: try container.decode(Int.self, forKey: .goalClarity),
                .training: try container.decode(Int.self, forKey: .training),
            ],
            comment: try container.decodeIfPresent(String.self, forKey: .comment))
    }

    private init(ratings: [PulseItem: Int], comment: String?) throws {
        do {
            scores = try PulseScores(
                confidence: ratings[.confidence] ?? 0, trust: ratings[.trust] ?? 0,
                goalClarity: ratings[.goalClarity] ?? 0, training: ratings[.training] ?? 0)
        } catch let error as PulseError {
            throw AppError.badRequest(error.message)
        }
        let trimmed = comment?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard trimmed.count <= Self.maximumCommentLength else {
            throw AppError.badRequest("The comment is longer than \(Self.maximumCommentLength) characters.")
        }
        self.comment = trimmed.isEmpty ? nil : trimmed
    }
}
