/// The names of the attributes every demo lead carries in `Lead.attributes`.
///
/// The ground truth (``DemoGroundTruth``) reads ``agents``, ``lineOfBusiness``, ``yearsInBusiness``
/// and ``lastContact``; ``carriers``, ``source`` and ``town`` carry no signal of their own beyond
/// their correlation with those, as in a real CRM.
public enum DemoAttributeKey {
    /// `.boolean(true)`: marks the record as demo data. Constant; not a feature.
    public static let demo = "demo"
    /// `.number`: licensed agents at the agency (1 or more).
    public static let agents = "agents"
    /// `.category`: main line of business, one of ``DemoLineOfBusiness``'s raw values.
    public static let lineOfBusiness = "line_of_business"
    /// `.number`: whole years the agency has been in business.
    public static let yearsInBusiness = "years_in_business"
    /// `.number`: insurance carriers the agency is appointed with.
    public static let carriers = "carriers"
    /// `.date`: when a rep last contacted the agency, on or before the lead's `createdAt`.
    public static let lastContact = "last_contact"
    /// `.category`: how the lead was acquired, one of ``DemoLeadSource``'s raw values.
    public static let source = "source"
    /// `.category`: the Ohio town the agency is in.
    public static let town = "town"
}
