import Foundation

/// The OpenAPI 3 description of `/api/v1`, served at `/api/v1/openapi.json`.
///
/// Written by hand next to ``APIController``; `OpenAPIDocumentTests` keeps its paths equal to the registered
/// routes and checks real answers against its schemas, so it cannot drift silently.
enum OpenAPIDocument {
    /// The document as JSON bytes.
    static let json: [UInt8] = Array(text.utf8)

    /// The documented paths, as segments (`{name}` matches any one segment).
    static let pathTemplates: [[Substring]] = {
        guard let document = try? JSONSerialization.jsonObject(with: Data(json)) as? [String: Any],
              let paths = document["paths"] as? [String: Any]
        else { return [] }
        return paths.keys.sorted().map { $0.split(separator: "/") }
    }()

    /// Whether a request path is one the document lists (so a wrong method there is 405, not 404).
    ///
    /// - Parameter path: The request path, without query.
    /// - Returns: True when some documented path matches it segment by segment.
    static func documents(_ path: String) -> Bool {
        let segments = path.split(separator: "/")
        return pathTemplates.contains { template in
            template.count == segments.count
                && zip(template, segments).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
        }
    }

    /// The document's text.
    static let text = #"""
    {
      "openapi": "3.0.3",
      "info": {
        "title": "Uptake API",
        "version": "1.0.0",
        "description": "What the Uptake pages show, as JSON. Authenticate with a bearer API token (uptake user token NAME) or a browser session. A rep sees only their own data, a manager only their team's; anything else answers 404."
      },
      "servers": [{"url": "/"}],
      "security": [{"bearerAuth": []}, {"sessionCookie": []}],
      "paths": {
        "/api/v1/openapi.json": {
          "get": {
            "summary": "This document.", "operationId": "openapi", "security": [],
            "responses": {"200": {"description": "The OpenAPI document.", "content": {"application/json": {"schema": {"type": "object"}}}}}
          }
        },
        "/api/v1/me": {
          "get": {
            "summary": "The signed-in account.", "operationId": "me",
            "responses": {"200": {"description": "The account.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Me"}}}},
                          "401": {"$ref": "#/components/responses/Unauthenticated"}}
          }
        },
        "/api/v1/reps": {
          "get": {
            "summary": "The reps the viewer may see.", "operationId": "listReps",
            "responses": {"200": {"description": "The reps.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RepList"}}}},
                          "401": {"$ref": "#/components/responses/Unauthenticated"}}
          }
        },
        "/api/v1/reps/{id}": {
          "get": {
            "summary": "One rep.", "operationId": "getRep",
            "parameters": [{"$ref": "#/components/parameters/RepID"}],
            "responses": {"200": {"description": "The rep.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Rep"}}}},
                          "401": {"$ref": "#/components/responses/Unauthenticated"},
                          "404": {"$ref": "#/components/responses/NotFound"}}
          }
        },
        "/api/v1/reps/{id}/day": {
          "get": {
            "summary": "A rep's day: appointments in order and the planner's suggestions.", "operationId": "getRepDay",
            "parameters": [{"$ref": "#/components/parameters/RepID"},
                           {"name": "date", "in": "query", "required": false, "description": "YYYY-MM-DD in the rep's time zone; today by default.", "schema": {"type": "string", "format": "date"}, "example": "2026-11-20"}],
            "responses": {"200": {"description": "The day.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DaySchedule"}}}},
                          "400": {"$ref": "#/components/responses/BadRequest"},
                          "401": {"$ref": "#/components/responses/Unauthenticated"},
                          "404": {"$ref": "#/components/responses/NotFound"}}
          }
        },
        "/api/v1/leads": {
          "get": {
            "summary": "Leads the viewer may see, ordered by id, a page at a time.", "operationId": "listLeads",
            "parameters": [{"name": "limit", "in": "query", "required": false, "schema": {"type": "integer", "minimum": 1, "maximum": 500, "default": 50}},
                           {"name": "after", "in": "query", "required": false, "description": "The `next` of the previous page.", "schema": {"type": "string"}}],
            "responses": {"200": {"description": "A page of leads.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/LeadList"}}}},
                          "400": {"$ref": "#/components/responses/BadRequest"},
                          "401": {"$ref": "#/components/responses/Unauthenticated"}}
          }
        },
        "/api/v1/leads/{id}": {
          "get": {
            "summary": "One lead.", "operationId": "getLead",
            "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}, "example": "demo-agency-0002"}],
            "responses": {"200": {"description": "The lead.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Lead"}}}},
                          "401": {"$ref": "#/components/responses/Unauthenticated"},
                          "404": {"$ref": "#/components/responses/NotFound"}}
          }
        },
        "/api/v1/teams/{team}": {
          "get": {
            "summary": "A team's activity per rep (managers: their own team only).", "operationId": "getTeam",
            "parameters": [{"name": "team", "in": "path", "required": true, "schema": {"type": "string"}, "example": "Demo North"}],
            "responses": {"200": {"description": "The team.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/TeamSummary"}}}},
                          "401": {"$ref": "#/components/responses/Unauthenticated"},
                          "404": {"$ref": "#/components/responses/NotFound"}}
          }
        },
        "/api/v1/kpis": {
          "get": {
            "summary": "The shared KPIs: the same numbers for every role.", "operationId": "getKPIs",
            "responses": {"200": {"description": "The KPIs.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/KPISummary"}}}},
                          "401": {"$ref": "#/components/responses/Unauthenticated"}}
          }
        },
        "/api/v1/users": {
          "get": {
            "summary": "Every account (admin only).", "operationId": "listUsers",
            "responses": {"200": {"description": "The accounts.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/UserList"}}}},
                          "401": {"$ref": "#/components/responses/Unauthenticated"},
                          "403": {"$ref": "#/components/responses/Forbidden"}}
          }
        }
      },
      "components": {
        "securitySchemes": {
          "bearerAuth": {"type": "http", "scheme": "bearer"},
          "sessionCookie": {"type": "apiKey", "in": "cookie", "name": "uptake_session"}
        },
        "parameters": {
          "RepID": {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}, "example": "demo-rep-01"}
        },
        "responses": {
          "Unauthenticated": {"description": "No valid session or token.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "Forbidden": {"description": "The role may not use this route.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "NotFound": {"description": "No such object, or not visible to the viewer.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "BadRequest": {"description": "A parameter is invalid.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        },
        "schemas": {
          "Error": {"type": "object", "required": ["code", "message"], "additionalProperties": false,
                    "properties": {"code": {"type": "string"}, "message": {"type": "string"}}},
          "Me": {"type": "object", "required": ["name", "role"],
                 "properties": {"name": {"type": "string"}, "role": {"$ref": "#/components/schemas/Role"},
                                "rep": {"type": "string"}, "team": {"type": "string"}}},
          "Role": {"type": "string", "enum": ["rep", "manager", "executive", "analyst", "admin"]},
          "Rep": {"type": "object", "required": ["id", "name", "email", "team", "timeZone", "shiftStart", "shiftEnd"],
                  "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "email": {"type": "string"},
                                 "team": {"type": "string"}, "timeZone": {"type": "string"},
                                 "shiftStart": {"type": "string"}, "shiftEnd": {"type": "string"}}},
          "RepList": {"type": "object", "required": ["items"],
                      "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Rep"}}, "next": {"type": "string"}}},
          "Lead": {"type": "object", "required": ["id", "name", "latitude", "longitude", "tier", "expectedValue", "createdAt"],
                   "properties": {"id": {"type": "string"}, "name": {"type": "string"},
                                  "latitude": {"type": "number"}, "longitude": {"type": "number"},
                                  "tier": {"type": "string"}, "expectedValue": {"type": "number"},
                                  "createdAt": {"type": "string", "format": "date-time"},
                                  "owner": {"type": "string"}, "openingHours": {"type": "string"}}},
          "LeadList": {"type": "object", "required": ["items"],
                       "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Lead"}},
                                      "next": {"type": "string", "description": "Pass as `after` for the next page; absent on the last page."}}},
          "Pending": {"type": "object", "required": ["available", "note"],
                      "properties": {"available": {"type": "boolean"}, "note": {"type": "string"}}},
          "Stop": {"type": "object", "required": ["id", "title", "start", "end", "suggested"],
                   "properties": {"id": {"type": "string"}, "title": {"type": "string"},
                                  "start": {"type": "string"}, "end": {"type": "string"},
                                  "lead": {"type": "string"}, "leadName": {"type": "string"},
                                  "latitude": {"type": "number"}, "longitude": {"type": "number"},
                                  "suggested": {"type": "boolean"}}},
          "DaySchedule": {"type": "object", "required": ["rep", "date", "previousDate", "nextDate", "stops", "suggestions"],
                          "properties": {"rep": {"$ref": "#/components/schemas/Rep"}, "date": {"type": "string"},
                                         "previousDate": {"type": "string"}, "nextDate": {"type": "string"},
                                         "stops": {"type": "array", "items": {"$ref": "#/components/schemas/Stop"}},
                                         "suggestions": {"$ref": "#/components/schemas/Pending"}}},
          "TeamRow": {"type": "object", "required": ["id", "name", "leads", "appointmentsToday", "visitsLast28Days"],
                      "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "leads": {"type": "integer"},
                                     "appointmentsToday": {"type": "integer"}, "visitsLast28Days": {"type": "integer"},
                                     "lastVisit": {"type": "string"}}},
          "TeamSummary": {"type": "object", "required": ["team", "date", "reps", "funnel", "dismissals", "plans", "pilot"],
                          "properties": {"team": {"type": "string"}, "date": {"type": "string"},
                                         "reps": {"type": "array", "items": {"$ref": "#/components/schemas/TeamRow"}},
                                         "funnel": {"$ref": "#/components/schemas/Pending"},
                                         "dismissals": {"$ref": "#/components/schemas/Pending"},
                                         "plans": {"$ref": "#/components/schemas/Pending"},
                                         "pilot": {"$ref": "#/components/schemas/Pending"}}},
          "Counts": {"type": "object", "required": ["reps", "leads", "appointments", "visits", "conversions", "imports"],
                     "properties": {"reps": {"type": "integer"}, "leads": {"type": "integer"}, "appointments": {"type": "integer"},
                                    "visits": {"type": "integer"}, "conversions": {"type": "integer"}, "imports": {"type": "integer"}}},
          "Week": {"type": "object", "required": ["start", "visits", "conversions", "revenue"],
                   "properties": {"start": {"type": "string"}, "visits": {"type": "integer"},
                                  "conversions": {"type": "integer"}, "revenue": {"type": "number"}}},
          "KPISummary": {"type": "object", "required": ["counts", "weeks", "visits", "conversions", "revenue", "uplift", "roi", "adoption", "modelHealth"],
                         "properties": {"counts": {"$ref": "#/components/schemas/Counts"},
                                        "weeks": {"type": "array", "items": {"$ref": "#/components/schemas/Week"}},
                                        "visits": {"type": "integer"}, "conversions": {"type": "integer"},
                                        "revenue": {"type": "number"}, "conversionsPerVisit": {"type": "number"},
                                        "uplift": {"$ref": "#/components/schemas/Pending"},
                                        "roi": {"$ref": "#/components/schemas/Pending"},
                                        "adoption": {"$ref": "#/components/schemas/Pending"},
                                        "modelHealth": {"$ref": "#/components/schemas/Pending"}}},
          "User": {"type": "object", "required": ["id", "name", "role", "createdAt"],
                   "properties": {"id": {"type": "integer"}, "name": {"type": "string"},
                                  "role": {"$ref": "#/components/schemas/Role"}, "rep": {"type": "string"},
                                  "team": {"type": "string"}, "createdAt": {"type": "string", "format": "date-time"}}},
          "UserList": {"type": "object", "required": ["items"],
                       "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/User"}}, "next": {"type": "string"}}}
        }
      }
    }
    """#
}
