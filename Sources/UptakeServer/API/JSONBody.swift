import Foundation
import Hummingbird

/// A JSON response: ISO 8601 dates, sorted keys, `application/json`.
struct JSONBody<Value: Encodable & Sendable>: ResponseGenerator, Sendable {
    /// The value encoded.
    var value: Value
    /// The HTTP status (200 unless a route created something).
    var status: HTTPResponse.Status = .ok

    /// Makes a response body.
    ///
    /// - Parameters:
    ///   - value: The value.
    ///   - status: The HTTP status.
    init(_ value: Value, status: HTTPResponse.Status = .ok) {
        self.value = value
        self.status = status
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }
}

/// A page of a list: the items and the cursor of the next page (nil at the end).
struct ListPage<Item: Codable & Sendable>: Codable, Sendable {
    var items: [Item]
    var next: String?
}
