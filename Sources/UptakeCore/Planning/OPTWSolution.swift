/// A solution of an `OPTWInstance`: total score and each route's customer ids in visiting order.
public struct OPTWSolution: Hashable, Sendable, Codable {
    /// Total score of the visited customers.
    public var score: Double
    /// Customer ids per route, depot excluded.
    public var routes: [[Int]]

    /// Makes a solution.
    ///
    /// - Parameters:
    ///   - score: Total score.
    ///   - routes: Customer ids per route, in visiting order.
    public init(score: Double, routes: [[Int]]) {
        self.score = score
        self.routes = routes
    }
}
