import Foundation
import Testing
import UptakeCore

@Suite("OPTW instances: reader, rules, solver quality")
struct OPTWInstanceTests {
    @Test("reads c101: 100 customers, O and C as the last two numbers")
    func readsC101() throws {
        let instance = try OPTWInstance(parsing: try PlanningTestData.sharedFile("optw/solomon/c101.txt"))
        #expect(instance.nodes.count == 101)
        #expect(instance.nodes[0].close == 1236)
        let first = instance.nodes[1]
        #expect(first.id == 1 && first.x == 45 && first.y == 68)
        #expect(first.service == 90 && first.score == 10 && first.open == 912 && first.close == 967)
        // sqrt(5² + 18²) = 18.68…, truncated to one decimal.
        #expect(instance.travelTime(0, 1) == 18.6)
    }

    @Test("accepts Windows line endings, leading spaces and visit-pattern lists of any length")
    func readsVariants() throws {
        let text = "4 1 2 1\r\n0 200\r\n  0 0 0 0 0 0 0 0 100\r\n  1 3 4 10 7 1 1 2 4 8 5 20\r\n 2 6 8 0 3 0 0 30\r\n"
        let instance = try OPTWInstance(parsing: text)
        #expect(instance.nodes.count == 3)
        #expect(instance.nodes[1].open == 5 && instance.nodes[1].close == 20 && instance.nodes[1].score == 7)
        #expect(instance.nodes[2].open == 0 && instance.nodes[2].close == 30)
        #expect(instance.travelTime(0, 1) == 5)
    }

    @Test("rejects a file with fewer node lines than announced")
    func rejectsTruncated() {
        #expect(throws: PlanningError.self) { try OPTWInstance(parsing: "4 1 5 1\n0 200\n0 0 0 0 0 0 0 0 100\n") }
        do {
            _ = try OPTWInstance(parsing: "4 1 5 1\n0 200\n0 0 0 0 0 0 0 0 100\n")
        } catch let error as PlanningError {
            #expect(error.code == .invalidInstance)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("c101 with one route: feasible by the independent check and near the best known 320")
    func solvesC101() throws {
        let instance = try OPTWInstance(parsing: try PlanningTestData.sharedFile("optw/solomon/c101.txt"))
        let solution = instance.solve(routes: 1, options: PlannerSearchOptions(iterations: 600, timeLimit: nil, seed: 3))
        let checked = try IndependentPlanChecker.optwScore(instance, routes: solution.routes)
        #expect(checked == solution.score)
        #expect(solution.score >= 0.97 * 320)
        #expect(solution.score <= 320)
    }

    @Test("two routes on c101 are feasible and visit each customer once")
    func solvesTwoRoutes() throws {
        let instance = try OPTWInstance(parsing: try PlanningTestData.sharedFile("optw/solomon/c101.txt"))
        let solution = instance.solve(routes: 2, options: PlannerSearchOptions(iterations: 200, timeLimit: nil, seed: 1))
        #expect(solution.routes.count == 2)
        #expect(try IndependentPlanChecker.optwScore(instance, routes: solution.routes) == solution.score)
        #expect(solution.score > 320)  // a second route must add something
    }

    @Test("the same seed gives the same solution")
    func deterministic() throws {
        let instance = try OPTWInstance(parsing: try PlanningTestData.sharedFile("optw/solomon/rc101.txt"))
        let options = PlannerSearchOptions(iterations: 300, timeLimit: nil, seed: 42)
        #expect(instance.solve(routes: 1, options: options) == instance.solve(routes: 1, options: options))
    }

    @Test("small random instances are solved to the optimum found by exhaustive enumeration", arguments: 0..<24)
    func matchesBruteForce(seed: Int) throws {
        let instance = try OPTWInstance(parsing: Self.randomInstance(seed: UInt64(seed), customers: 8))
        let optimum = Self.bruteForce(instance)
        let solution = instance.solve(routes: 1, options: PlannerSearchOptions(iterations: 300, timeLimit: nil, seed: 9))
        #expect(try IndependentPlanChecker.optwScore(instance, routes: solution.routes) == solution.score)
        #expect(solution.score == optimum, "seed \(seed)")
    }

    /// A random instance in the KU Leuven format, with windows and a deadline tight enough that not all
    /// customers fit.
    static func randomInstance(seed: UInt64, customers: Int) -> String {
        var state = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var lines = ["1 1 \(customers) 1", "0 0", " 0 25 25 0 0 0 0 0 \(140 + next(60))"]
        for id in 1...customers {
            let open = next(120)
            lines.append(
                " \(id) \(next(51)).00 \(next(51)).00 \(5 + next(11)) \(1 + next(30)) 1 1 1 \(open) \(open + 10 + next(60))")
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// The best score over every visiting order of every subset (depth-first; a prefix that breaks a
    /// window or the deadline cannot be extended, since times only grow).
    static func bruteForce(_ instance: OPTWInstance) -> Double {
        let nodes = instance.nodes
        var best = 0.0
        var used = Array(repeating: false, count: nodes.count)
        func visit(_ at: Int, _ time: Double, _ score: Double) {
            if time + instance.travelTime(at, 0) <= nodes[0].close + 1e-9 { best = max(best, score) }
            for next in 1..<nodes.count where !used[next] {
                let start = max(time + instance.travelTime(at, next), nodes[next].open)
                if start > nodes[next].close + 1e-9 { continue }
                used[next] = true
                visit(next, start + nodes[next].service, score + nodes[next].score)
                used[next] = false
            }
        }
        visit(0, nodes[0].open, 0)
        return best
    }
}
