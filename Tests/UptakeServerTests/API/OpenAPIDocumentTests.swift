import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import UptakeStore
@testable import UptakeServer

/// Keeps `/api/v1/openapi.json` true to the router and to the answers.
@Suite struct OpenAPIDocumentTests {
    /// The document, parsed.
    static func document() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json)) as? [String: Any])
    }

    @Test func itsPathsAreExactlyTheRegisteredAPIRoutes() async throws {
        let paths = try #require(try Self.document()["paths"] as? [String: [String: Any]])
        let documented = Set(paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } })
        let registered = try await ServerTestHarness.withHarness { harness in
            let router = try await buildRouter(configuration: ServerTestHarness.configuration, repository: harness.repository)
            return Set(router.routes.map { "\($0.method) \($0.path)" }.filter { $0.contains(" /api/") })
        }
        #expect(documented == registered)
    }

    @Test func everyReferenceResolves() throws {
        let text = OpenAPIDocument.text
        let schemas = try #require((Self.document()["components"] as? [String: Any]))
        let pattern = try NSRegularExpression(pattern: "\"#/components/(\\w+)/(\\w+)\"")
        let matches = pattern.matches(in: text, range: NSRange(text.startIndex..., in: text))
        #expect(!matches.isEmpty)
        for match in matches {
            let kind = String(text[Range(match.range(at: 1), in: text)!])
            let name = String(text[Range(match.range(at: 2), in: text)!])
            #expect((schemas[kind] as? [String: Any])?[name] != nil, "#/components/\(kind)/\(name) is missing")
        }
    }

    /// The answers of every GET carry the `required` properties of their documented schema, recursively.
    @Test func answersHaveTheDocumentedRequiredProperties() async throws {
        let samples = [
            "/api/v1/me": "/api/v1/me", "/api/v1/reps": "/api/v1/reps", "/api/v1/reps/{id}": "/api/v1/reps/rep-1",
            "/api/v1/reps/{id}/day": "/api/v1/reps/rep-1/day?date=2026-11-20", "/api/v1/leads": "/api/v1/leads",
            "/api/v1/leads/{id}": "/api/v1/leads/lead-1", "/api/v1/teams/{team}": "/api/v1/teams/north",
            "/api/v1/kpis": "/api/v1/kpis", "/api/v1/users": "/api/v1/users",
            "/api/v1/plans/today": "/api/v1/plans/today", "/api/v1/plans/{rep}/{date}": "/api/v1/plans/rep-1/2026-11-20",
            "/api/v1/models": "/api/v1/models", "/api/v1/pilots": "/api/v1/pilots",
            "/api/v1/pulse/results": "/api/v1/pulse/results",
        ]
        try await ServerTestHarness.withHarness { harness in
            try await harness.test { client in
                let document = try Self.document()
                let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
                let paths = try #require(document["paths"] as? [String: [String: Any]])
                for (path, uri) in samples {
                    let found = paths[path]?["get"] as? [String: Any]
                    let operation = try #require(found, "\(path)")
                    let ok = (operation["responses"] as? [String: Any])?["200"] as? [String: Any]
                    let schema = ((ok?["content"] as? [String: Any])?["application/json"] as? [String: Any])?["schema"]
                    let role: UserRole = path == "/api/v1/models" || path == "/api/v1/pilots" ? .analyst : .admin
                    let response = try await client.execute(uri: uri, method: .get, headers: harness.headers(role))
                    #expect(response.status == .ok, "\(uri)")
                    let body = try JSONSerialization.jsonObject(with: Data(buffer: response.body))
                    Self.check(body, against: schema, schemas: schemas, at: path)
                }
            }
        }
    }

    @Test func theEventAnswerHasTheDocumentedProperties() async throws {
        try await ServerTestHarness.withHarness { harness in
            let id = try #require(harness.suggestions["rep-1"])
            try await harness.test { client in
                let document = try Self.document()
                let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
                let response = try await client.execute(
                    uri: "/api/v1/suggestions/\(id)/events", method: .post, headers: harness.headers(.rep),
                    body: ByteBuffer(string: #"{"kind": "converted", "value": 12.5}"#))
                #expect(response.status == .created)
                let body = try JSONSerialization.jsonObject(with: Data(buffer: response.body))
                Self.check(body, against: ["$ref": "#/components/schemas/RecordedEventList"], schemas: schemas,
                           at: "POST /api/v1/suggestions/{id}/events")
            }
        }
    }

    /// A small structural check: types, required properties, array items, `$ref`s.
    static func check(_ value: Any, against schema: Any?, schemas: [String: Any], at path: String) {
        guard var schema = schema as? [String: Any] else { return }
        if let reference = schema["$ref"] as? String {
            schema = schemas[String(reference.split(separator: "/").last!)] as? [String: Any] ?? [:]
        }
        switch schema["type"] as? String {
        case "object":
            guard let object = value as? [String: Any] else {
                Issue.record("\(path): expected an object, got \(value)")
                return
            }
            for key in schema["required"] as? [String] ?? [] {
                #expect(object[key] != nil, "\(path): missing \(key)")
            }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (key, child) in object {
                #expect(properties[key] != nil || schema["properties"] == nil, "\(path): undocumented \(key)")
                check(child, against: properties[key], schemas: schemas, at: path + "." + key)
            }
        case "array":
            guard let array = value as? [Any] else {
                Issue.record("\(path): expected an array")
                return
            }
            for item in array { check(item, against: schema["items"], schemas: schemas, at: path + "[]") }
        case "string":
            #expect(value is String, "\(path): expected a string")
        case "integer", "number":
            #expect(value is NSNumber && !(value is Bool && false), "\(path): expected a number")
        case "boolean":
            #expect(value is NSNumber, "\(path): expected a boolean")
        default:
            break
        }
    }
}
