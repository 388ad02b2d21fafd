/// How a demo lead entered the CRM (the `source` attribute). Carries no signal in the ground truth.
public enum DemoLeadSource: String, Hashable, Sendable, Codable, CaseIterable {
    /// Recommended by a customer or carrier.
    case referral
    /// A form on the website.
    case web
    /// Met at a trade show or association event.
    case event
    /// From a bought list of agencies.
    case purchasedList = "purchased_list"
    /// Found by the rep without a prior contact.
    case cold
}
