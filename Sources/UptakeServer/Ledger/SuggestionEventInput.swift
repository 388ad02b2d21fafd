import Foundation
import UptakeCore

/// What a rep records about a suggestion: the body of `POST /api/v1/suggestions/{id}/events` (JSON) and of the
/// My day forms (fields of the same names).
struct SuggestionEventInput: Codable, Sendable, Equatable {
    /// `shown`, `accepted`, `dismissed`, `visited` or `converted`.
    var kind: String
    /// The dismissal reason (one of the configured list), for `dismissed`.
    var reason: String?
    /// Free text, for `dismissed` (required with reason `other`).
    var note: String?
    /// The conversion's value, for `converted`.
    var value: Double?
    /// Where the rep was, for `visited` (optional; both or neither).
    var latitude: Double?
    var longitude: Double?

    /// The kinds a rep may record; `retracted` is a correction, made with `uptake events import`.
    static let recordableKinds: [LedgerEventKind] = [.shown, .accepted, .dismissed, .visited, .converted]

    /// Reads a form's fields: blank fields are absent, and the value accepts a decimal comma.
    ///
    /// - Parameter fields: The form.
    /// - Throws: ``AppError`` `.badRequest` for a value or coordinate that is not a number.
    init(form fields: FormFields) throws {
        kind = fields.trimmed("kind") ?? ""
        reason = fields.trimmed("reason")
        note = fields.trimmed("note")
        value = try Self.number(fields.trimmed("value"), name: "value")
        latitude = try Self.number(fields.trimmed("latitude"), name: "latitude")
        longitude = try Self.number(fields.trimmed("longitude"), name: "longitude")
    }

    /// Makes an input (tests, scripts).
    init(
        kind: String, reason: String? = nil, note: String? = nil, value: Double? = nil, latitude: Double? = nil,
        longitude: Double? = nil
    ) {
        self.kind = kind
        self.reason = reason
        self.note = note
        self.value = value
        self.latitude = latitude
        self.longitude = longitude
    }

    private static func number(_ text: String?, name: String) throws -> Double? {
        guard let text else { return nil }
        guard let number = Double(text.replacingOccurrences(of: ",", with: ".")), number.isFinite else {
            throw AppError.badRequest("\(name) \"\(text)\" is not a number")
        }
        return number
    }
}
