import UptakeCore

/// A signed-in account as one request needs it: the account, its browser session (for cookies) and the rep
/// it is linked to, read together (``DayViewStore``).
public struct SignedInAccount: Hashable, Sendable {
    /// The account.
    public var account: UserAccount
    /// The browser session, when signed in with a cookie; nil for an API token.
    public var session: WebSession?
    /// The linked rep, when the account has one and it is stored.
    public var rep: Rep?

    /// Makes the value.
    ///
    /// - Parameters:
    ///   - account: The account.
    ///   - session: The browser session, or nil.
    ///   - rep: The linked rep, or nil.
    public init(account: UserAccount, session: WebSession? = nil, rep: Rep? = nil) {
        self.account = account
        self.session = session
        self.rep = rep
    }
}
