/// An agency's main line of business.
public enum DemoLineOfBusiness: String, Hashable, Sendable, Codable, CaseIterable {
    case personal, commercial, life, health, mixed
}
