/// What a user of the web app and the API is allowed to do (DESIGN.md, "Who uses it").
public enum UserRole: String, CaseIterable, Codable, Sendable, Comparable, CustomStringConvertible {
    /// A field rep: sees only their own day, leads and ledger. Linked to a rep id.
    case rep
    /// A team manager: sees only their team's reps. Linked to a team.
    case manager
    /// An executive: the shared KPI page.
    case executive
    /// An analyst: data, models and pilots, for every team.
    case analyst
    /// An administrator: users, roles and API tokens.
    case admin

    /// The raw name, e.g. `manager`.
    public var description: String { rawValue }

    /// Orders roles as declared, so lists read rep, manager, executive, analyst, admin.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
