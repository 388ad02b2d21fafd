import Foundation

/// A typed value of one of a lead's open set of CRM attributes, so any CRM's extra fields can feed
/// the model.
public enum AttributeValue: Hashable, Sendable, Codable {
    case number(Double)
    case category(String)
    case date(Date)
    case boolean(Bool)

    /// The kind of value, as stored and as inferred on import.
    public var kind: AttributeKind {
        switch self {
        case .number: .number
        case .category: .category
        case .date: .date
        case .boolean: .boolean
        }
    }
}

/// The kinds an ``AttributeValue`` can have.
public enum AttributeKind: String, Hashable, Sendable, Codable, CaseIterable {
    case number, category, date, boolean
}
