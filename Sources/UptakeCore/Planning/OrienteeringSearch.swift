#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The orienteering metaheuristic: greedy insertion, then ruin-and-recreate iterated local search with
/// simulated-annealing acceptance.
///
/// Construction and repair insert the unvisited node with the best `score^α / shift` (with noise), checked
/// in O(1) with the MaxShift bookkeeping of Vansteenwegen et al. (2009). Each iteration ruins part of the
/// current solution (random, consecutive-block, worst or related removal, as in the ALNS of Ropke and
/// Pisinger 2006), recreates it, shortens routes by relocation and 2-opt within windows, tries replacing
/// visited nodes by better unvisited ones, and accepts by simulated annealing on the total score (three
/// reheated cooling runs over the budget, each restarting from the best solution); ties are broken by
/// less travel time. Mandatory nodes are never removed or reordered. All randomness comes from one seeded
/// `SeededGenerator`, so the result depends only on the seed and the iteration budget unless the optional
/// time limit cuts the search short.
struct OrienteeringSearch {
    struct Solution: Sendable {
        var routes: [OrienteeringRoute]
        /// For each node, the vehicle visiting it, or -1.
        var assigned: [Int]
        var score: Double { routes.reduce(0) { $0 + $1.score } }
        var travelTime: Double { routes.reduce(0) { $0 + $1.travelTime } }

        func isBetter(than other: Solution) -> Bool {
            let a = score, b = other.score
            if a > b + 1e-9 { return true }
            if a < b - 1e-9 { return false }
            return travelTime < other.travelTime - 1e-9
        }
    }

    /// Cooling runs per search; with the start temperature (3 × the largest score) tuned on the Solomon
    /// c1/r1/rc1 instances at 1 s over seeds 2–4 (hotter and more runs escaped the traps colder ones fell in).
    static let cycles = 3
    /// Randomised constructions tried before the annealing (fewer when the iteration budget is small).
    static let constructions = 12

    let model: OrienteeringModel
    var rng: SeededGenerator
    /// For each vehicle, the other vehicles nearest to it (by start-to-start travel), nearest first.
    let vehicleNeighbours: [[Int]]

    init(model: OrienteeringModel, seed: UInt64) {
        self.model = model
        rng = SeededGenerator(seed: seed)
        let vehicles = model.vehicles
        vehicleNeighbours = vehicles.indices.map { v in
            vehicles.indices.filter { $0 != v }.sorted {
                model.time(vehicles[v].start, vehicles[$0].start) < model.time(vehicles[v].start, vehicles[$1].start)
            }.prefix(4).map { $0 }
        }
    }

    /// Routes with only their mandatory stops.
    ///
    /// - Returns: the solution, or the indices of vehicles whose mandatory stops cannot all be kept.
    func mandatoryOnly() -> Result<Solution, InfeasibleVehicles> {
        var routes: [OrienteeringRoute] = []
        var bad: [Int] = []
        for (v, vehicle) in model.vehicles.enumerated() {
            var route = OrienteeringRoute(nodes: [vehicle.start] + vehicle.mandatory + [vehicle.end])
            if !route.evaluate(model, vehicle) { bad.append(v) }
            routes.append(route)
        }
        if !bad.isEmpty { return .failure(InfeasibleVehicles(vehicles: bad)) }
        var assigned = Array(repeating: -1, count: model.nodeCount)
        for (v, route) in routes.enumerated() { for node in route.nodes { assigned[node] = v } }
        return .success(Solution(routes: routes, assigned: assigned))
    }

    struct InfeasibleVehicles: Error { var vehicles: [Int] }

    // MARK: - Search

    /// Runs the whole search from the mandatory-only routes.
    mutating func run(from start: Solution, options: PlannerSearchOptions) -> Solution {
        let clock = ContinuousClock()
        let began = clock.now
        var elapsedFraction = 0.0
        let all = Array(model.vehicles.indices)
        var current = start
        repair(&current, vehicles: all, alpha: 2, noise: 0)
        improve(&current, vehicles: all)
        // A few randomised constructions (GRASP-like) choose a better basin to start the annealing from.
        // (Not in large team mode, where one construction already costs a noticeable share of the budget.)
        let constructions = model.vehicles.count > 4 ? 0 : min(Self.constructions, max(0, options.iterations / 100))
        for round in 0..<constructions {
            var trial = start
            repair(
                &trial, vehicles: all, alpha: [1.0, 2.0, 3.0][round % 3], noise: 0.3, perMinute: round % 4 != 3,
                positionNoise: round % 2 == 0 ? 0 : 0.5)
            improve(&trial, vehicles: all)
            if trial.isBetter(than: current) { current = trial }
        }
        var best = current
        let scale = max(1, model.optionalNodes.reduce(0.0) { max($0, model.score[$1]) })
        let startTemperature = 3 * scale
        var iteration = 0
        // Annealing in `cycles` cooling runs over the budget; each new run reheats and restarts from the best
        // solution. Progress is the larger of the iteration and the time fractions used.
        let cycles = Double(Self.cycles)
        var cycleIndex = 0
        while iteration < options.iterations {
            var progress = Double(iteration) / Double(max(1, options.iterations))
            if let limit = options.timeLimit {
                if iteration & 7 == 0 { elapsedFraction = (clock.now - began) / limit }
                if elapsedFraction >= 1 { break }
                progress = max(progress, elapsedFraction)
            }
            let scaled = progress * cycles
            if Int(scaled) > cycleIndex {
                cycleIndex = Int(scaled)
                current = best
            }
            let cycleProgress = scaled - Double(Int(scaled))
            iteration += 1
            let vehicles = pickVehicles()
            var candidate = current
            destroy(&candidate, vehicles: vehicles)
            let alpha = [1.0, 2.0, 2.0, 3.0][rng.nextSmallInt(below: 4)]
            // Sometimes greedy by score alone: when a cap on visits binds, slots matter more than minutes.
            let perMinute = rng.nextSmallInt(below: 4) != 0
            let positionNoise = rng.nextSmallInt(below: 2) == 0 ? 0 : rng.nextUnit()
            repair(
                &candidate, vehicles: vehicles, alpha: alpha, noise: 0.3 * rng.nextUnit(), perMinute: perMinute,
                positionNoise: positionNoise)
            improve(&candidate, vehicles: vehicles)
            let temperature = startTemperature * (1 - cycleProgress) * (1 - cycleProgress) + 1e-9
            let delta = candidate.score - current.score
            if delta >= 0 || rng.nextUnit() < exp(delta / temperature) {
                if delta > 0 || candidate.travelTime <= current.travelTime || rng.nextUnit() < 0.5 {
                    current = candidate
                }
            }
            if current.isBetter(than: best) {
                best = current
            }
        }
        return best
    }

    /// One vehicle and, in team mode, sometimes its nearest neighbours.
    private mutating func pickVehicles() -> [Int] {
        let count = model.vehicles.count
        if count == 1 { return [0] }
        let v = rng.nextSmallInt(below: count)
        let neighbours = vehicleNeighbours[v]
        let extra = min(neighbours.count, rng.nextSmallInt(below: 3))
        return [v] + neighbours.prefix(extra)
    }

    // MARK: - Ruin

    mutating func destroy(_ solution: inout Solution, vehicles: [Int]) {
        var visited: [(vehicle: Int, position: Int)] = []
        for v in vehicles {
            for (p, node) in solution.routes[v].nodes.enumerated() where !model.isMandatory[node] {
                visited.append((v, p))
            }
        }
        if visited.isEmpty { return }
        // Short routes (a rep-day has a few suggestions) may lose all their visits at once; long ones up
        // to 35 %.
        let cap = visited.count <= 6 ? visited.count : Int((Double(visited.count) * 0.35).rounded(.up))
        let quantity = 1 + rng.nextSmallInt(below: cap)
        var remove = Set<Int>()
        switch rng.nextSmallInt(below: 4) {
        case 0:
            // Random nodes.
            while remove.count < quantity {
                let pick = visited[rng.nextSmallInt(below: visited.count)]
                remove.insert(solution.routes[pick.vehicle].nodes[pick.position])
            }
        case 1:
            // A consecutive block of one route (the "shake" of Vansteenwegen et al.).
            let pick = visited[rng.nextSmallInt(below: visited.count)]
            let nodes = solution.routes[pick.vehicle].nodes
            var p = pick.position
            while remove.count < quantity && p < nodes.count - 1 {
                if !model.isMandatory[nodes[p]] { remove.insert(nodes[p]) }
                p += 1
            }
        case 2:
            // Worst: low score per minute saved by skipping the node, randomised (Ropke and Pisinger, p = 3).
            var ranked: [(node: Int, ratio: Double)] = []
            for (v, p) in visited {
                let nodes = solution.routes[v].nodes
                let location = solution.routes[v].location
                let node = nodes[p]
                let next = nodes[p + 1]
                let saving = model.time(location[p - 1], node) + model.service[node]
                    + (model.isLocationless[next] ? 0 : model.time(node, next))
                    - (model.isLocationless[next] ? 0 : model.time(location[p - 1], next))
                ranked.append((node, model.score[node] / max(saving, 1e-3)))
            }
            ranked.sort { $0.ratio < $1.ratio || ($0.ratio == $1.ratio && $0.node < $1.node) }
            while remove.count < quantity && !ranked.isEmpty {
                let u = rng.nextUnit()
                let index = Int(Double(ranked.count) * u * u * u)
                remove.insert(ranked.remove(at: index).node)
            }
        default:
            // Related: a visited node and the visited nodes nearest to it.
            let pick = visited[rng.nextSmallInt(below: visited.count)]
            let seed = solution.routes[pick.vehicle].nodes[pick.position]
            remove.insert(seed)
            var others = visited.map { solution.routes[$0.vehicle].nodes[$0.position] }.filter { $0 != seed }
            others.sort { model.time(seed, $0) < model.time(seed, $1) || (model.time(seed, $0) == model.time(seed, $1) && $0 < $1) }
            for node in others.prefix(quantity - 1) { remove.insert(node) }
        }
        for v in vehicles {
            let original = solution.routes[v]
            solution.routes[v].nodes.removeAll { remove.contains($0) }
            if solution.routes[v].nodes.count == original.nodes.count { continue }
            // With a travel matrix that breaks the triangle inequality (a routing engine's), removal can
            // break a window or the detour budget: then this route keeps its nodes.
            if solution.routes[v].evaluate(model, model.vehicles[v]) {
                for node in original.nodes where remove.contains(node) { solution.assigned[node] = -1 }
            } else {
                solution.routes[v] = original
            }
        }
    }

    // MARK: - Recreate

    /// Greedy insertion by `score^alpha / shift` (or by score alone, ties to the smaller shift, when
    /// `perMinute` is false), times a noise factor in `[1 - noise, 1 + noise]`, until nothing more fits.
    mutating func repair(
        _ solution: inout Solution, vehicles: [Int], alpha: Double, noise: Double, perMinute: Bool = true,
        positionNoise: Double = 0
    ) {
        // One generator, lent to the insertion scans and handed back afterwards.
        var random: SeededGenerator? = rng
        defer { rng = random! }
        while true {
            var bestRatio = -Double.infinity
            var bestNode = -1
            var bestVehicle = -1
            var bestPosition = -1
            for v in vehicles {
                let vehicle = model.vehicles[v]
                if solution.routes[v].optionalCount >= vehicle.maxOptional { continue }
                for u in vehicle.eligible where solution.assigned[u] < 0 {
                    let score = model.score[u]
                    if score <= 0 { continue }
                    guard let (position, shift) = solution.routes[v].bestInsertion(
                        of: u, model, vehicle, positionNoise: positionNoise, random: &random)
                    else {
                        continue
                    }
                    let weight: Double = alpha == 1 ? score : alpha == 2 ? score * score : pow(score, alpha)
                    var ratio: Double = perMinute ? weight / (max(shift, 0) + 1e-2) : weight - 1e-6 * shift
                    if noise > 0 {
                        let factor: Double = 1 + noise * (2 * random!.nextUnit() - 1)
                        ratio *= factor
                    }
                    if ratio > bestRatio {
                        bestRatio = ratio
                        bestNode = u
                        bestVehicle = v
                        bestPosition = position
                    }
                }
            }
            if bestNode < 0 { return }
            solution.routes[bestVehicle].nodes.insert(bestNode, at: bestPosition)
            let ok = solution.routes[bestVehicle].evaluate(model, model.vehicles[bestVehicle])
            precondition(ok, "an insertion passing the MaxShift test keeps the route feasible")
            solution.assigned[bestNode] = bestVehicle
        }
    }

    // MARK: - Local search

    /// Shortens routes, refills them, and swaps visited nodes for better unvisited ones, until no move helps.
    mutating func improve(_ solution: inout Solution, vehicles: [Int]) {
        for _ in 0..<4 {
            var changed = false
            for v in vehicles where shorten(&solution.routes[v], vehicle: model.vehicles[v]) { changed = true }
            let before = solution.score
            repair(&solution, vehicles: vehicles, alpha: 2, noise: 0)
            if solution.score > before + 1e-9 { changed = true }
            if replace(&solution, vehicles: vehicles) { changed = true }
            if !changed { return }
        }
    }

    /// Relocation (or-opt of 1–3 nodes) and 2-opt of optional nodes within one route, first improvement on
    /// travel time, every move re-checked against all windows.
    ///
    /// - Returns: whether the route changed.
    func shorten(_ route: inout OrienteeringRoute, vehicle: OrienteeringModel.Vehicle) -> Bool {
        var changedAny = false
        var improved = true
        var trial = route
        var rounds = 0
        /// Takes `moved` if it is feasible and shorter.
        func accept(_ moved: [Int]) -> Bool {
            trial.nodes = moved
            guard trial.evaluate(model, vehicle), trial.travelTime < route.travelTime - 1e-6 else { return false }
            route = trial
            improved = true
            changedAny = true
            return true
        }
        while improved && rounds < 50 {
            improved = false
            rounds += 1
            let nodes = route.nodes
            let count = nodes.count
            // Or-opt: move a block [i, i+len) to before position j.
            outer: for length in 1...3 {
                var i = 1
                while i + length <= count - 1 {
                    let block = Array(nodes[i..<(i + length)])
                    if block.contains(where: { model.isMandatory[$0] || model.isLocationless[$0] }) { i += 1; continue }
                    let before = nodes[i - 1], after = nodes[i + length]
                    if model.isLocationless[before] || model.isLocationless[after] { i += 1; continue }
                    let removed = model.time(before, block[0]) + model.time(block[length - 1], after)
                        - model.time(before, after)
                    for j in 1..<count where j < i || j > i + length {
                        let a = nodes[j - 1], b = nodes[j]
                        if model.isLocationless[a] || model.isLocationless[b] { continue }
                        for reversed in [false, true] {
                            let head = reversed ? block[length - 1] : block[0]
                            let tail = reversed ? block[0] : block[length - 1]
                            let added = model.time(a, head) + model.time(tail, b) - model.time(a, b)
                                + (reversed ? reversedInternal(block) - forwardInternal(block) : 0)
                            if added - removed >= -1e-6 { continue }
                            var moved = Array(nodes[0..<i]) + Array(nodes[(i + length)...])
                            let target = j < i ? j : j - length
                            moved.insert(contentsOf: reversed ? block.reversed() : block, at: target)
                            if accept(moved) { break outer }
                        }
                    }
                    i += 1
                }
            }
            if improved { continue }
            // 2-opt: reverse nodes[i...k] when all are optional and located.
            // `stride`, not `1..<(count - 2)`: a route of start and end alone has count 2.
            twoOpt: for i in stride(from: 1, to: count - 2, by: 1) {
                if model.isMandatory[nodes[i]] || model.isLocationless[nodes[i - 1]] { continue }
                var k = i + 1
                while k < count - 1 && !model.isMandatory[nodes[k]] {
                    let a = nodes[i - 1], b = nodes[i], c = nodes[k], d = nodes[k + 1]
                    if !model.isLocationless[d] {
                        let delta = model.time(a, c) + model.time(b, d) - model.time(a, b) - model.time(c, d)
                            + reversedInternal(Array(nodes[i...k])) - forwardInternal(Array(nodes[i...k]))
                        if delta < -1e-6 {
                            var moved = nodes
                            moved[i...k].reverse()
                            if accept(moved) { break twoOpt }
                        }
                    }
                    k += 1
                }
            }
        }
        return changedAny
    }

    private func forwardInternal(_ block: [Int]) -> Double {
        var total = 0.0
        for index in 1..<max(1, block.count) { total += model.time(block[index - 1], block[index]) }
        return total
    }

    private func reversedInternal(_ block: [Int]) -> Double {
        var total = 0.0
        for index in 1..<max(1, block.count) { total += model.time(block[index], block[index - 1]) }
        return total
    }

    /// Replaces one visited optional node by one unvisited node of higher score (or equal score and less
    /// travel), best gain first.
    ///
    /// - Returns: whether anything changed.
    mutating func replace(_ solution: inout Solution, vehicles: [Int]) -> Bool {
        var changedAny = false
        var rounds = 0
        while rounds < 20 {
            rounds += 1
            var bestGain = 1e-9
            var bestMove: (vehicle: Int, out: Int, into: Int, position: Int)?
            for v in vehicles {
                let vehicle = model.vehicles[v]
                let route = solution.routes[v]
                for p in 1..<(route.nodes.count - 1) where !model.isMandatory[route.nodes[p]] {
                    let out = route.nodes[p]
                    var without = OrienteeringRoute(nodes: route.nodes)
                    without.nodes.remove(at: p)
                    guard without.evaluate(model, vehicle) else { continue }
                    for u in vehicle.eligible where solution.assigned[u] < 0 && model.score[u] > model.score[out] + bestGain {
                        if let (position, _) = without.bestInsertion(of: u, model, vehicle) {
                            bestGain = model.score[u] - model.score[out]
                            bestMove = (v, out, u, position)
                        }
                    }
                }
            }
            guard let move = bestMove else { return changedAny }
            var route = solution.routes[move.vehicle]
            route.nodes.removeAll { $0 == move.out }
            route.nodes.insert(move.into, at: move.position)
            let ok = route.evaluate(model, model.vehicles[move.vehicle])
            precondition(ok, "a replacement passing the MaxShift test keeps the route feasible")
            solution.routes[move.vehicle] = route
            solution.assigned[move.out] = -1
            solution.assigned[move.into] = move.vehicle
            repair(&solution, vehicles: [move.vehicle], alpha: 2, noise: 0)
            changedAny = true
        }
        return changedAny
    }
}
