/// An agency's main line of business (the `line_of_business` attribute of a demo lead).
public enum DemoLineOfBusiness: String, Hashable, Sendable, Codable, CaseIterable {
    /// Home and auto for households (the ground truth's reference line).
    case personal
    /// Business property, liability and fleets.
    case commercial
    /// Life insurance and annuities.
    case life
    /// Health and employee benefits.
    case health
    /// Several lines, none dominant.
    case mixed
}
