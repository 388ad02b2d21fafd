/// How a demo lead entered the CRM.
public enum DemoLeadSource: String, Hashable, Sendable, Codable, CaseIterable {
    case referral, web, event
    case purchasedList = "purchased_list"
    case cold
}
