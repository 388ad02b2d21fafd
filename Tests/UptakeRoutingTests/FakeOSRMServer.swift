import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import UptakeCore

/// A loopback HTTP server answering OSRM's `table` service in OSRM's format, for the client tests.
///
/// Durations are a made-up asymmetric function of the coordinates it parses (longitude first, as OSRM reads
/// them), so a client that swapped latitude and longitude, or rows and columns, gets different numbers.
enum FakeOSRMServer {
    /// What the server saw.
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var paths: [String] = []

        /// Requests received.
        var count: Int { lock.withLock { paths.count } }
        /// Coordinates per request.
        var coordinateCounts: [Int] {
            lock.withLock { paths.map { $0.split(separator: "/").last.map { $0.split(separator: ";").count } ?? 0 } }
        }

        func record(_ path: String) { lock.withLock { paths.append(path) } }
    }

    /// How the server answers.
    enum Behaviour: Sendable {
        case table
        case code(String, status: HTTPResponse.Status)
        case notJSON
    }

    /// Seconds the fake server gives from one place to another (null past 5 degrees of latitude apart).
    static func seconds(fromLongitude: Double, fromLatitude: Double, toLongitude: Double, toLatitude: Double) -> Double? {
        if abs(fromLatitude - toLatitude) > 5 { return nil }
        return 1_000 * abs(fromLatitude - toLatitude) + 3_000 * abs(fromLongitude - toLongitude)
            + (fromLatitude < toLatitude ? 60 : 0)
    }

    /// Runs a server for the length of `body`, passing its base URL.
    static func with<T: Sendable>(
        _ behaviour: Behaviour = .table, log: Log = Log(), _ body: @Sendable (String) async throws -> T
    ) async throws -> T {
        let router = Router()
        router.get("table/v1/driving/:coordinates") { request, context -> Response in
            log.record(request.uri.path)
            switch behaviour {
            case .code(let code, let status):
                return json("{\"code\":\"\(code)\",\"message\":\"made-up failure\"}", status: status)
            case .notJSON:
                return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: "<html>hello</html>")))
            case .table:
                break
            }
            let text = try context.parameters.require("coordinates")
            let points = text.split(separator: ";").map { pair -> (Double, Double) in
                let parts = pair.split(separator: ",").map { Double($0)! }
                return (parts[0], parts[1])
            }
            func indices(_ name: String) -> [Int] {
                guard let list = request.uri.queryParameters.get(name) else { return Array(points.indices) }
                return list.split(separator: ";").map { Int($0)! }
            }
            let rows = indices("sources").map { i in
                indices("destinations").map { j -> String in
                    let value = seconds(
                        fromLongitude: points[i].0, fromLatitude: points[i].1, toLongitude: points[j].0,
                        toLatitude: points[j].1)
                    return value.map { "\($0)" } ?? "null"
                }
            }
            let matrix = rows.map { "[" + $0.joined(separator: ",") + "]" }.joined(separator: ",")
            return json("{\"code\":\"Ok\",\"durations\":[\(matrix)],\"sources\":[],\"destinations\":[]}", status: .ok)
        }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        return try await app.test(.live) { client in
            try await body("http://127.0.0.1:\(client.port!)")
        }
    }

    private static func json(_ text: String, status: HTTPResponse.Status) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
