/// The solver's view of a planning problem: an orienteering problem with time windows and mandatory stops.
///
/// Nodes are numbered `0..<nodeCount`. Each vehicle (a rep, or a route of a benchmark instance) has its own
/// start and end node and its own mandatory nodes; optional nodes may be visited by at most one vehicle
/// and earn their score. Times are minutes (any unit, as long as travel, service and windows agree).
///
/// A *location-less* node (a lunch break, a phone appointment) is taken wherever the vehicle is: travel
/// into it is zero and travel out of it starts from the last real location.
struct OrienteeringModel: Sendable {
    /// One vehicle's route frame.
    struct Vehicle: Sendable {
        /// Node where the route starts; its window's opening is the departure time.
        var start: Int
        /// Node where the route ends; its window's closing is the latest return.
        var end: Int
        /// Mandatory nodes of this vehicle, in the order they must be visited.
        var mandatory: [Int]
        /// Optional nodes this vehicle may visit (others are out of its reach).
        var eligible: [Int]
        /// At most this many optional nodes on the route.
        var maxOptional: Int
        /// If set: each optional node, inserted alone between the two located mandatory nodes around it,
        /// adds at most `detourLimit` travel minutes; and all optional nodes together add at most
        /// `maxOptional × detourLimit`. Both parts only get easier when a node is removed, so every subset
        /// of a feasible route is feasible (which insertion-based search relies on).
        var detourLimit: Double?
    }

    let nodeCount: Int
    /// Travel times, row-major: `travel[i * nodeCount + j]`.
    let travel: [Double]
    let service: [Double]
    let score: [Double]
    /// First (or only) time window of each node: service may start in `[open, close]`.
    let open: [Double]
    let close: [Double]
    /// Further windows for nodes with several (sorted, disjoint); empty for most nodes.
    let extraWindows: [[ClosedRange<Double>]]
    let hasExtraWindows: [Bool]
    let isLocationless: [Bool]
    let isMandatory: [Bool]
    let vehicles: [Vehicle]
    /// Every optional node (eligible for at least one vehicle).
    let optionalNodes: [Int]

    static let epsilon = 1e-7

    init(
        travel: [Double], service: [Double], score: [Double], open: [Double], close: [Double],
        extraWindows: [[ClosedRange<Double>]]? = nil, isLocationless: [Bool]? = nil, vehicles: [Vehicle]
    ) {
        let n = service.count
        precondition(travel.count == n * n && score.count == n && open.count == n && close.count == n)
        nodeCount = n
        self.travel = travel
        self.service = service
        self.score = score
        self.open = open
        self.close = close
        let extra = extraWindows ?? Array(repeating: [], count: n)
        self.extraWindows = extra
        hasExtraWindows = extra.map { !$0.isEmpty }
        self.isLocationless = isLocationless ?? Array(repeating: false, count: n)
        self.vehicles = vehicles
        var mandatory = Array(repeating: false, count: n)
        var optional = Set<Int>()
        for vehicle in vehicles {
            mandatory[vehicle.start] = true
            mandatory[vehicle.end] = true
            for node in vehicle.mandatory { mandatory[node] = true }
            optional.formUnion(vehicle.eligible)
        }
        isMandatory = mandatory
        optionalNodes = optional.sorted()
    }

    @inline(__always)
    func time(_ i: Int, _ j: Int) -> Double { travel[i &* nodeCount &+ j] }

    /// The earliest service start at `node` for an arrival at `arrival`, or nil if every window has closed.
    @inline(__always)
    func earliestStart(_ node: Int, arrival: Double) -> Double? {
        if arrival <= close[node] + Self.epsilon { return max(arrival, open[node]) }
        if !hasExtraWindows[node] { return nil }
        for window in extraWindows[node] where arrival <= window.upperBound + Self.epsilon {
            return max(arrival, window.lowerBound)
        }
        return nil
    }

    /// How late service at `node` may start without leaving the window that holds `start`.
    @inline(__always)
    func windowClose(_ node: Int, containing start: Double) -> Double {
        if !hasExtraWindows[node] || start <= close[node] + Self.epsilon { return close[node] }
        for window in extraWindows[node] where start <= window.upperBound + Self.epsilon {
            return window.upperBound
        }
        return close[node]
    }
}
