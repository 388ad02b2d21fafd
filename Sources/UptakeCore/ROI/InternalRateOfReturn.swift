/// The internal rate of return of a series of cash flows, and how far to trust it.
///
/// - ``Status/unique``: one sign change, so exactly one IRR exists (Descartes' rule of signs).
/// - ``Status/none``: no sign change (all money out, or all in): no rate makes the NPV zero.
/// - ``Status/mayBeSeveral``: more than one sign change; ``rate`` is the root nearest zero that a
///   scan found (numpy-financial's `irr` also returns the root nearest zero), but others may exist.
/// - ``Status/notFound``: sign changes, yet no root was found between −99.99 % and 10⁶ per period.
public struct InternalRateOfReturn: Hashable, Sendable, Codable {
    /// How trustworthy the rate is.
    public enum Status: String, Hashable, Sendable, Codable {
        /// Exactly one IRR.
        case unique
        /// No IRR exists.
        case none
        /// A root was found but there may be others.
        case mayBeSeveral = "may_be_several"
        /// No root was found in the searched range.
        case notFound = "not_found"
    }

    /// The rate per period (0.12 = 12 %), or `nil` when none exists or none was found.
    public var rate: Double?
    /// How trustworthy ``rate`` is.
    public var status: Status
}
