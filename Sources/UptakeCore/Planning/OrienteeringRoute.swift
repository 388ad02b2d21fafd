/// One vehicle's route with the time bookkeeping of Vansteenwegen et al. (2009), "Iterated local search for
/// the team orienteering problem with time windows", Computers & Operations Research 36(12):3281–3290.
///
/// For each position: arrival, service start, `maxShift` (how much later service there may start without
/// making this or any later visit infeasible) and the effective location (location-less nodes take their
/// predecessor's). With that, inserting a node is checked in O(1): its `shift` on the successor must not
/// exceed the successor's `wait + maxShift`.
struct OrienteeringRoute: Sendable {
    var nodes: [Int]
    var arrival: [Double] = []
    var begin: [Double] = []
    var maxShift: [Double] = []
    var location: [Int] = []
    /// For position p ≥ 1, the detour segment holding the edge (p-1 → p).
    var segment: [Int] = []
    var segmentExtra: [Double] = []
    /// The located mandatory nodes that bound each segment.
    var segmentFrom: [Int] = []
    var segmentTo: [Int] = []
    /// Extra travel of all segments together (travel minus travel of the mandatory-only route).
    var totalExtra = 0.0
    var optionalCount = 0
    var score = 0.0
    var travelTime = 0.0

    init(nodes: [Int]) { self.nodes = nodes }

    /// Service start at the end node: when the route is back.
    var endTime: Double { begin.last ?? 0 }

    /// Recomputes the bookkeeping from `nodes`.
    ///
    /// - Returns: false if a window, the return deadline, the optional-stop cap or the detour limit fails
    ///   (the bookkeeping is then partial and the route must not be used).
    mutating func evaluate(_ model: OrienteeringModel, _ vehicle: OrienteeringModel.Vehicle) -> Bool {
        let count = nodes.count
        arrival.removeAll(keepingCapacity: true)
        begin.removeAll(keepingCapacity: true)
        location.removeAll(keepingCapacity: true)
        segment.removeAll(keepingCapacity: true)
        segmentExtra.removeAll(keepingCapacity: true)
        segmentFrom.removeAll(keepingCapacity: true)
        segmentTo.removeAll(keepingCapacity: true)
        totalExtra = 0
        optionalCount = 0
        score = 0
        travelTime = 0
        let first = nodes[0]
        arrival.append(model.open[first])
        begin.append(model.open[first])
        location.append(first)
        segment.append(0)
        var segmentStart = first
        var segmentTravel = 0.0
        var currentSegment = 0
        for p in 1..<count {
            let node = nodes[p]
            let from = location[p - 1]
            let leg = model.isLocationless[node] ? 0 : model.time(from, node)
            let arrive = begin[p - 1] + model.service[nodes[p - 1]] + leg
            guard let start = model.earliestStart(node, arrival: arrive) else { return false }
            arrival.append(arrive)
            begin.append(start)
            location.append(model.isLocationless[node] ? from : node)
            travelTime += leg
            segmentTravel += leg
            segment.append(currentSegment)
            if model.isMandatory[node] {
                if !model.isLocationless[node] {
                    segmentExtra.append(segmentTravel - model.time(segmentStart, node))
                    totalExtra += segmentExtra[segmentExtra.count - 1]
                    segmentFrom.append(segmentStart)
                    segmentTo.append(node)
                    segmentStart = node
                    segmentTravel = 0
                    currentSegment += 1
                }
            } else {
                optionalCount += 1
                score += model.score[node]
            }
        }
        if optionalCount > vehicle.maxOptional { return false }
        if let limit = vehicle.detourLimit {
            if totalExtra > Double(vehicle.maxOptional) * limit + OrienteeringModel.epsilon { return false }
            for p in 1..<count - 1 where !model.isMandatory[nodes[p]] {
                let s = segment[p]
                if soloDetour(nodes[p], s, model) > limit + OrienteeringModel.epsilon { return false }
            }
        }
        // maxShift, backwards: the end node may shift up to its close; others are bounded by their own
        // window and by what the successor can absorb (its waiting time plus its own maxShift).
        maxShift = Array(repeating: 0, count: count)
        maxShift[count - 1] = model.close[nodes[count - 1]] - begin[count - 1]
        if maxShift[count - 1] < -OrienteeringModel.epsilon { return false }
        var p = count - 2
        while p >= 0 {
            let node = nodes[p]
            let own = model.windowClose(node, containing: begin[p]) - begin[p]
            let next = begin[p + 1] - arrival[p + 1] + maxShift[p + 1]
            maxShift[p] = min(own, next)
            p -= 1
        }
        return true
    }

    /// The cheapest feasible place to insert `node`, by the time it shifts its successor.
    ///
    /// - Returns: (position to insert at, shift), or nil if it fits nowhere.
    func bestInsertion(
        of node: Int, _ model: OrienteeringModel, _ vehicle: OrienteeringModel.Vehicle
    ) -> (position: Int, shift: Double)? {
        var none: SeededGenerator? = nil
        return bestInsertion(of: node, model, vehicle, positionNoise: 0, random: &none)
    }

    /// As `bestInsertion(of:_:_:)`, but with `positionNoise > 0` each feasible position's shift is scaled by
    /// a random factor in `[1, 1 + positionNoise]` before comparing, so that repairs also try places other
    /// than the cheapest (the returned shift is the true one).
    func bestInsertion(
        of node: Int, _ model: OrienteeringModel, _ vehicle: OrienteeringModel.Vehicle,
        positionNoise: Double, random: inout SeededGenerator?
    ) -> (position: Int, shift: Double)? {
        if optionalCount >= vehicle.maxOptional { return nil }
        var bestPosition = -1
        var bestShift = Double.infinity
        var bestKey = Double.infinity
        let service = model.service[node]
        let n = model.nodeCount
        let limit = vehicle.detourLimit
        model.travel.withUnsafeBufferPointer { travel in
            for p in 1..<nodes.count {
                let next = nodes[p]
                if model.isLocationless[next] {
                    if let shift = exactShift(inserting: node, at: p, model, vehicle) {
                        let key = positionNoise > 0 ? shift * (1 + positionNoise * random!.nextUnit()) : shift
                        if key < bestKey {
                            bestKey = key
                            bestShift = shift
                            bestPosition = p
                        }
                    }
                    continue
                }
                let from = location[p - 1]
                let inLeg = travel[from &* n &+ node]
                let arrive = begin[p - 1] + model.service[nodes[p - 1]] + inLeg
                guard let start = model.earliestStart(node, arrival: arrive) else { continue }
                let outLeg = travel[node &* n &+ next]
                let shift = start + service + outLeg - arrival[p]
                if positionNoise == 0 && shift >= bestKey { continue }
                if shift > begin[p] - arrival[p] + maxShift[p] + OrienteeringModel.epsilon { continue }
                if let limit {
                    let delta = inLeg + outLeg - travel[from &* n &+ next]
                    if totalExtra + delta > Double(vehicle.maxOptional) * limit + OrienteeringModel.epsilon {
                        continue
                    }
                    if soloDetour(node, segment[p], model) > limit + OrienteeringModel.epsilon { continue }
                }
                let key = positionNoise > 0 ? shift * (1 + positionNoise * random!.nextUnit()) : shift
                if key < bestKey {
                    bestKey = key
                    bestShift = shift
                    bestPosition = p
                }
            }
        }
        return bestPosition < 0 ? nil : (bestPosition, bestShift)
    }

    /// Minutes `node` would add on its own between the two fixed places that bound segment `s`.
    @inline(__always)
    func soloDetour(_ node: Int, _ s: Int, _ model: OrienteeringModel) -> Double {
        let from = segmentFrom[s], to = segmentTo[s]
        return model.time(from, node) + model.time(node, to) - model.time(from, to)
    }

    /// Insertion checked by re-simulating the route (used next to location-less nodes, where the O(1) test
    /// does not hold).
    func exactShift(
        inserting node: Int, at position: Int, _ model: OrienteeringModel, _ vehicle: OrienteeringModel.Vehicle
    ) -> Double? {
        var trial = OrienteeringRoute(nodes: nodes)
        trial.nodes.insert(node, at: position)
        guard trial.evaluate(model, vehicle) else { return nil }
        return max(0, trial.endTime - endTime) + model.service[node] * 1e-3
    }
}
