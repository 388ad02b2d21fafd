/// A benchmark instance of the orienteering problem with time windows, in the KU Leuven text format
/// (Solomon-based instances as adapted by Righini and Salani; see `shared/data/README.md`).
///
/// Rules, as the published best-known scores assume: travel time = Euclidean distance truncated to one
/// decimal (`floor(10·d)/10`); service may *start* at any time in `[O, C]` (waiting allowed); every route
/// starts at the depot (node 0) and must be back by the depot's `C`; each customer at most once.
///
/// ```swift
/// let instance = try OPTWInstance(parsing: text)
/// let solution = instance.solve(routes: 1, options: PlannerSearchOptions(iterations: 50_000, timeLimit: .seconds(1)))
/// print(solution.score, solution.routes)
/// ```
public struct OPTWInstance: Hashable, Sendable {
    /// One node: the depot (id 0) or a customer.
    public struct Node: Hashable, Sendable {
        /// Node id as in the file (0 is the depot).
        public var id: Int
        public var x: Double
        public var y: Double
        /// Service duration.
        public var service: Double
        /// Score (profit) earned by visiting.
        public var score: Double
        /// Opening time: earliest service start.
        public var open: Double
        /// Closing time: latest service start (for the depot, the latest return).
        public var close: Double
    }

    /// The depot first, then the customers, in file order.
    public var nodes: [Node]

    /// Parses the KU Leuven format: line 1 `k v N t`, line 2 unused, then `N + 1` node lines
    /// `i x y d S f a [list...] O C` with O and C the last two numbers. Leading spaces and Windows line
    /// endings are accepted.
    ///
    /// - Parameters:
    ///   - text: The whole file.
    /// - Throws: `PlanningError` with code `.invalidInstance` if a line is missing or malformed.
    public init(parsing text: String) throws {
        let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }) }
            .filter { !$0.isEmpty }
        guard let header = lines.first, header.count >= 3, let customers = Int(header[2]), customers >= 0 else {
            throw PlanningError(.invalidInstance, "line 1 must be \"k v N t\" with N the number of customers")
        }
        guard lines.count >= customers + 3 else {
            throw PlanningError(
                .invalidInstance, "expected \(customers + 1) node lines after line 2, found \(max(0, lines.count - 2))")
        }
        var nodes: [Node] = []
        nodes.reserveCapacity(customers + 1)
        for index in 0...customers {
            let fields = lines[index + 2]
            let numbers = fields.compactMap { Double($0) }
            guard numbers.count == fields.count, numbers.count >= 7 else {
                throw PlanningError(.invalidInstance, "node line \(index + 1) is not \"i x y d S f a [list...] O C\"")
            }
            let node = Node(
                id: Int(numbers[0]), x: numbers[1], y: numbers[2], service: numbers[3], score: numbers[4],
                open: numbers[numbers.count - 2], close: numbers[numbers.count - 1])
            guard node.open <= node.close else {
                throw PlanningError(.invalidInstance, "node \(node.id) closes (\(node.close)) before it opens (\(node.open))")
            }
            nodes.append(node)
        }
        self.nodes = nodes
    }

    /// Travel time between two nodes: Euclidean distance truncated to one decimal.
    ///
    /// - Parameters:
    ///   - a: Index into `nodes`.
    ///   - b: Index into `nodes`.
    /// - Returns: `floor(10·d)/10`.
    public func travelTime(_ a: Int, _ b: Int) -> Double {
        let dx = nodes[a].x - nodes[b].x, dy = nodes[a].y - nodes[b].y
        return (10 * (dx * dx + dy * dy).squareRoot()).rounded(.down) / 10
    }

    /// Solves the instance with `routes` routes, maximising the total score.
    ///
    /// - Parameters:
    ///   - routes: Number of routes (vehicles), at least 1.
    ///   - options: Search budget and seed.
    /// - Returns: The best solution found.
    public func solve(routes: Int, options: PlannerSearchOptions) -> OPTWSolution {
        precondition(routes >= 1, "at least one route")
        // Node layout for the engine: 0..<N+1 as in the file, then one end-depot copy per route.
        let base = nodes.count
        let total = base + 1
        var travel = Array(repeating: 0.0, count: total * total)
        for a in 0..<total {
            for b in 0..<total where a != b {
                travel[a * total + b] = travelTime(a == base ? 0 : a, b == base ? 0 : b)
            }
        }
        var service = nodes.map(\.service), score = nodes.map(\.score)
        var open = nodes.map(\.open), close = nodes.map(\.close)
        service[0] = 0
        score[0] = 0
        service.append(0)
        score.append(0)
        open.append(nodes[0].open)
        close.append(nodes[0].close)
        // All routes share the start node 0 and the end node `base`: both are mandatory for every route and
        // never counted as visits.
        let customers = Array(1..<base)
        let vehicle = OrienteeringModel.Vehicle(
            start: 0, end: base, mandatory: [], eligible: customers, maxOptional: Int.max, detourLimit: nil)
        let model = OrienteeringModel(
            travel: travel, service: service, score: score, open: open, close: close,
            vehicles: Array(repeating: vehicle, count: routes))
        var search = OrienteeringSearch(model: model, seed: options.seed)
        guard case .success(let empty) = search.mandatoryOnly() else {
            return OPTWSolution(score: 0, routes: Array(repeating: [], count: routes))
        }
        let best = search.run(from: empty, options: options)
        let ids = best.routes.map { route in route.nodes.dropFirst().dropLast().map { nodes[$0].id } }
        return OPTWSolution(score: best.score, routes: ids)
    }
}
