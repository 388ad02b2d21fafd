import Foundation

/// The OpenAPI 3 description of `/api/v1`, served at `/api/v1/openapi.json`.
///
/// Written by hand next to ``APIController``; `OpenAPIDocumentTests` keeps its paths equal to the registered
/// routes and checks real answers against its schemas, so it cannot drift silently.
enum OpenAPIDocument {
    /// The document as JSON bytes.
    static let json: [UInt8] = Array(text.utf8)

    /// The documented paths, as segments (`{name}` matches any one segment), with their methods (upper case).
    static let pathTemplates: [(segments: [Substring], methods: [String])] = {
        guard let document = try? JSONSerialization.jsonObject(with: Data(json)) as? [String: Any],
              let paths = document["paths"] as? [String: [String: Any]]
        else { return [] }
        return paths.keys.sorted().map { ($0.split(separator: "/"), paths[$0]!.keys.map { $0.uppercased() }.sorted()) }
    }()

    /// The methods the document lists for a request path (so a wrong method there is 405, not 404).
    ///
    /// - Parameter path: The request path, without query.
    /// - Returns: The methods of every documented path that matches it segment by segment; empty when none.
    static func methods(for path: String) -> [String] {
        let segments = path.split(separator: "/")
        let matching = pathTemplates.filter { template in
            template.segments.count == segments.count
                && zip(template.segments, segments).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
        }
        // Like the router, a literal segment wins over a parameter: `/api/v1/pulse/results` is not also
        // `/api/v1/pulse/{token}`, so only the most literal templates count.
        let parameters = { (template: (segments: [Substring], methods: [String])) in
            template.segments.filter { $0.hasPrefix("{") }.count
        }
        guard let fewest = matching.map(parameters).min() else { return [] }
        return Array(Set(matching.filter { parameters($0) == fewest }.flatMap(\.methods))).sorted()
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
            "summary": "A rep's day: the stored plan's stops and suggestions, or the appointments when the day has no plan.", "operationId": "getRepDay",
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
            "summary": "One lead with its score history (every stored score, newest first, with the latest score's reasons) and the ledger of its suggestions (newest first, corrections marked); the most recent 50 of each.", "operationId": "getLead",
            "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}, "example": "demo-agency-0002"}],
            "responses": {"200": {"description": "The lead and its history.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/LeadDetail"}}}},
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
        "/api/v1/plans/today": {
          "get": {
            "summary": "Today's stored plans (each rep's today in their time zone) of the reps the viewer may see; a rep gets their own. What My day shows.", "operationId": "listTodaysPlans",
            "responses": {"200": {"description": "The plans, by rep.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DayScheduleList"}}}},
                          "401": {"$ref": "#/components/responses/Unauthenticated"}}
          }
        },
        "/api/v1/plans/{rep}/{date}": {
          "get": {
            "summary": "A rep's stored plan for a day: stops in order with arrival times, suggestions with their explanation and ledger status.", "operationId": "getPlan",
            "parameters": [{"name": "rep", "in": "path", "required": true, "schema": {"type": "string"}, "example": "demo-rep-01"},
                           {"name": "date", "in": "path", "required": true, "description": "YYYY-MM-DD in the rep's time zone.", "schema": {"type": "string", "format": "date"}, "example": "2026-11-20"}],
            "responses": {"200": {"description": "The plan.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DaySchedule"}}}},
                          "400": {"$ref": "#/components/responses/BadRequest"},
                          "401": {"$ref": "#/components/responses/Unauthenticated"},
                          "404": {"$ref": "#/components/responses/NotFound"}}
          }
        },
        "/api/v1/suggestions/{id}/events": {
          "post": {
            "summary": "Records a ledger event on one of the signed-in rep's suggestions (reps only): shown, accepted, dismissed (reason from the configured list; free text required for other), visited (optional GPS point), converted (value). Append-only; the latest decision counts. A shown event is added first when none exists.", "operationId": "recordSuggestionEvent",
            "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}, "example": "sug-5b1e0a7c-9f1d-4d0e-8c57-1f7c2e9e1a11"}],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SuggestionEventInput"}}}},
            "responses": {"201": {"description": "The events written, in order.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RecordedEventList"}}}},
                          "400": {"$ref": "#/components/responses/BadRequest"},
                          "401": {"$ref": "#/components/responses/Unauthenticated"},
                          "403": {"$ref": "#/components/responses/Forbidden"},
                          "404": {"$ref": "#/components/responses/NotFound"}}
          }
        },
        "/api/v1/models": {
          "get": {
            "summary": "The model registry, newest first: versions, champion, holdout metrics (analysts).", "operationId": "listModels",
            "responses": {"200": {"description": "The versions.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ModelList"}}}},
                          "401": {"$ref": "#/components/responses/Unauthenticated"},
                          "403": {"$ref": "#/components/responses/Forbidden"}}
          }
        },
        "/api/v1/models/{version}": {
          "get": {
            "summary": "One model version: its registry entry, the holdout evaluation stored at training (metrics, reliability table, lift and gain by decile), feature importance, and its health now as `uptake model health --json` prints it (analysts).", "operationId": "getModel",
            "parameters": [{"name": "version", "in": "path", "required": true, "schema": {"type": "string"}, "example": "m-0001"}],
            "responses": {"200": {"description": "The version.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ModelDetail"}}}},
                          "401": {"$ref": "#/components/responses/Unauthenticated"},
                          "403": {"$ref": "#/components/responses/Forbidden"},
                          "404": {"$ref": "#/components/responses/NotFound"}}
          }
        },
        "/api/v1/pilots": {
          "get": {
            "summary": "The pilots, latest first (design, frozen plan hash, balance), and the latest started pilot's analysis exactly as `uptake pilot analyze NAME --json` prints it (analysts).", "operationId": "listPilots",
            "responses": {"200": {"description": "The pilots.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PilotList"}}}},
                          "401": {"$ref": "#/components/responses/Unauthenticated"},
                          "403": {"$ref": "#/components/responses/Forbidden"}}
          }
        },
        "/api/v1/users": {
          "get": {
            "summary": "Every account (admin only).", "operationId": "listUsers",
            "responses": {"200": {"description": "The accounts.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/UserList"}}}},
                          "401": {"$ref": "#/components/responses/Unauthenticated"},
                          "403": {"$ref": "#/components/responses/Forbidden"}}
          }
        },
        "/api/v1/pulse/results": {
          "get": {
            "summary": "A readiness pulse survey's results by role and team (executives, analysts, admins). Groups of fewer than 5 answers are suppressed, never shown.", "operationId": "pulseResults",
            "parameters": [{"name": "survey", "in": "query", "required": false, "schema": {"type": "string"}, "description": "The survey (default: the latest)."}],
            "responses": {"200": {"description": "The results; without any survey, empty.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PulseResultsAnswer"}}}},
                          "401": {"$ref": "#/components/responses/Unauthenticated"},
                          "403": {"$ref": "#/components/responses/Forbidden"},
                          "404": {"$ref": "#/components/responses/NotFound"}}
          }
        },
        "/api/v1/pulse/{token}": {
          "post": {
            "summary": "Answers the readiness pulse through a one-time link. No sign-in: the link's token is the credential, and it works once.", "operationId": "answerPulse", "security": [],
            "parameters": [{"name": "token", "in": "path", "required": true, "schema": {"type": "string"}, "example": "q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c"}],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PulseAnswerInput"}}}},
            "responses": {"201": {"description": "Recorded, anonymously.", "content": {"application/json": {"schema": {"type": "object", "required": ["recorded"], "properties": {"recorded": {"type": "boolean"}}}}}},
                          "400": {"$ref": "#/components/responses/BadRequest"},
                          "404": {"$ref": "#/components/responses/NotFound"}}
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
          "PulseAnswerInput": {"type": "object", "required": ["confidence", "trust", "goal_clarity", "training"],
                               "properties": {"confidence": {"type": "integer", "minimum": 1, "maximum": 5},
                                              "trust": {"type": "integer", "minimum": 1, "maximum": 5},
                                              "goal_clarity": {"type": "integer", "minimum": 1, "maximum": 5},
                                              "training": {"type": "integer", "minimum": 1, "maximum": 5},
                                              "comment": {"type": "string", "maxLength": 2000}}},
          "PulseGroup": {"type": "object", "required": ["name", "suppressed"],
                         "properties": {"name": {"type": "string"}, "suppressed": {"type": "boolean"},
                                        "answers": {"type": "integer", "minimum": 5},
                                        "means": {"type": "object", "additionalProperties": {"type": "number"}}}},
          "PulseResults": {"type": "object", "required": ["byRole", "byTeam", "suppressedTeams", "teamGaps", "comments", "includesSimulated"],
                           "properties": {"byRole": {"type": "array", "items": {"$ref": "#/components/schemas/PulseGroup"}},
                                          "byTeam": {"type": "array", "items": {"$ref": "#/components/schemas/PulseGroup"}, "description": "Shown teams only; a suppressed team is left out, name and all."},
                                          "suppressedTeams": {"type": "integer", "minimum": 0},
                                          "gap": {"type": "object"}, "gapNote": {"type": "string"},
                                          "teamGaps": {"type": "array", "items": {"type": "object"}},
                                          "comments": {"type": "array", "items": {"type": "string"}},
                                          "includesSimulated": {"type": "boolean"}}},
          "PulseResultsAnswer": {"type": "object", "required": ["simulated", "results"],
                                 "properties": {"survey": {"type": "string"}, "title": {"type": "string"},
                                                "simulated": {"type": "boolean"},
                                                "results": {"$ref": "#/components/schemas/PulseResults"}}},
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
          "LeadDetail": {"type": "object", "required": ["id", "name", "latitude", "longitude", "tier", "expectedValue", "createdAt", "scores", "moreScores", "positiveReasons", "negativeReasons", "events", "moreEvents"],
                         "properties": {"id": {"type": "string"}, "name": {"type": "string"},
                                        "latitude": {"type": "number"}, "longitude": {"type": "number"},
                                        "tier": {"type": "string"}, "expectedValue": {"type": "number"},
                                        "createdAt": {"type": "string", "format": "date-time"},
                                        "owner": {"type": "string"}, "openingHours": {"type": "string"},
                                        "scores": {"type": "array", "items": {"$ref": "#/components/schemas/LeadScore"}, "description": "Newest first."},
                                        "moreScores": {"type": "boolean", "description": "Older scores exist beyond those listed."},
                                        "positiveReasons": {"type": "array", "items": {"$ref": "#/components/schemas/ScoreReason"}, "description": "The latest score's factors raising it, largest first."},
                                        "negativeReasons": {"type": "array", "items": {"$ref": "#/components/schemas/ScoreReason"}, "description": "The latest score's factors lowering it, largest first."},
                                        "events": {"type": "array", "items": {"$ref": "#/components/schemas/LeadEvent"}, "description": "Newest first (recording order reversed)."},
                                        "moreEvents": {"type": "boolean", "description": "Older events exist beyond those listed."}}},
          "LeadScore": {"type": "object", "required": ["scoredAt", "modelVersion", "score", "tier"],
                        "properties": {"scoredAt": {"type": "string", "format": "date-time"}, "modelVersion": {"type": "string"},
                                       "probability": {"type": "number", "minimum": 0, "maximum": 1, "description": "Calibrated; absent for a rules score."},
                                       "score": {"type": "integer", "minimum": 1, "maximum": 99}, "tier": {"type": "string", "enum": ["gold", "silver", "bronze"]}}},
          "ScoreReason": {"type": "object", "required": ["feature", "value", "contribution", "text"],
                          "properties": {"feature": {"type": "string"}, "value": {"type": "string"}, "contribution": {"type": "number"}, "text": {"type": "string"}}},
          "LeadEvent": {"type": "object", "required": ["id", "suggestion", "rep", "kind", "time", "superseded"],
                        "properties": {"id": {"type": "string"}, "suggestion": {"type": "string"}, "rep": {"type": "string"},
                                       "kind": {"type": "string", "enum": ["shown", "accepted", "dismissed", "visited", "converted", "retracted"]},
                                       "time": {"type": "string", "format": "date-time"}, "reason": {"type": "string"}, "note": {"type": "string"},
                                       "value": {"type": "number"}, "distanceMetres": {"type": "number"},
                                       "supersedes": {"type": "string", "description": "The earlier event this one corrects."},
                                       "superseded": {"type": "boolean", "description": "A later event corrects or withdraws this one."},
                                       "supersededBy": {"type": "string"}}},
          "LeadList": {"type": "object", "required": ["items"],
                       "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Lead"}},
                                      "next": {"type": "string", "description": "Pass as `after` for the next page; absent on the last page."}}},
          "Pending": {"type": "object", "required": ["available", "note"],
                      "properties": {"available": {"type": "boolean"}, "note": {"type": "string"}}},
          "Stop": {"type": "object", "required": ["id", "kind", "title", "arrival", "start", "end", "suggested"],
                   "properties": {"id": {"type": "string"}, "kind": {"type": "string", "enum": ["appointment", "lunch", "suggestion"]},
                                  "title": {"type": "string"}, "arrival": {"type": "string"},
                                  "start": {"type": "string"}, "end": {"type": "string"},
                                  "lead": {"type": "string"}, "leadName": {"type": "string"},
                                  "latitude": {"type": "number"}, "longitude": {"type": "number"},
                                  "suggested": {"type": "boolean"}, "suggestion": {"$ref": "#/components/schemas/Suggestion"}}},
          "Suggestion": {"type": "object", "required": ["id", "lead", "leadName", "arrival", "text", "reasons", "addedMinutes", "shown", "status", "canAccept", "canDismiss", "canVisit", "canConvert"],
                         "properties": {"id": {"type": "string"}, "lead": {"type": "string"}, "leadName": {"type": "string"},
                                        "arrival": {"type": "string"}, "text": {"type": "string"},
                                        "reasons": {"type": "array", "items": {"type": "string"}},
                                        "addedMinutes": {"type": "number"}, "probability": {"type": "number"},
                                        "shown": {"type": "boolean"}, "status": {"type": "string", "enum": ["new", "accepted", "dismissed"]},
                                        "dismissalReason": {"type": "string"}, "visitedAt": {"type": "string"},
                                        "convertedValue": {"type": "number"},
                                        "canAccept": {"type": "boolean"}, "canDismiss": {"type": "boolean"},
                                        "canVisit": {"type": "boolean"}, "canConvert": {"type": "boolean"}}},
          "DaySchedule": {"type": "object", "required": ["rep", "date", "previousDate", "nextDate", "planned", "stops", "suggestions", "dismissalReasons"],
                          "properties": {"rep": {"$ref": "#/components/schemas/Rep"}, "date": {"type": "string"},
                                         "previousDate": {"type": "string"}, "nextDate": {"type": "string"},
                                         "planned": {"type": "boolean"}, "planID": {"type": "string"}, "planSummary": {"type": "string"},
                                         "stops": {"type": "array", "items": {"$ref": "#/components/schemas/Stop"}},
                                         "suggestions": {"type": "array", "items": {"$ref": "#/components/schemas/Suggestion"}},
                                         "dismissalReasons": {"type": "array", "items": {"type": "string"}}}},
          "DayScheduleList": {"type": "object", "required": ["items"],
                              "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/DaySchedule"}}, "next": {"type": "string"}}},
          "SuggestionEventInput": {"type": "object", "required": ["kind"],
                                   "properties": {"kind": {"type": "string", "enum": ["shown", "accepted", "dismissed", "visited", "converted"]},
                                                  "reason": {"type": "string"}, "note": {"type": "string"},
                                                  "value": {"type": "number", "minimum": 0},
                                                  "latitude": {"type": "number", "minimum": -90, "maximum": 90},
                                                  "longitude": {"type": "number", "minimum": -180, "maximum": 180}}},
          "RecordedEvent": {"type": "object", "required": ["id", "suggestion", "kind", "time"],
                            "properties": {"id": {"type": "string"}, "suggestion": {"type": "string"}, "kind": {"type": "string"},
                                           "time": {"type": "string", "format": "date-time"}, "reason": {"type": "string"},
                                           "note": {"type": "string"}, "value": {"type": "number"}, "distanceMetres": {"type": "number"}}},
          "RecordedEventList": {"type": "object", "required": ["items"],
                                "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/RecordedEvent"}}, "next": {"type": "string"}}},
          "TeamRow": {"type": "object", "required": ["id", "name", "leads", "appointmentsToday", "visitsLast28Days"],
                      "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "leads": {"type": "integer"},
                                     "appointmentsToday": {"type": "integer"}, "visitsLast28Days": {"type": "integer"},
                                     "lastVisit": {"type": "string"}}},
          "FunnelLine": {"type": "object", "required": ["rep", "name", "shown", "accepted", "dismissed", "visited", "converted", "convertedValue", "acceptance"],
                         "properties": {"rep": {"type": "string"}, "name": {"type": "string"}, "shown": {"type": "integer"},
                                        "accepted": {"type": "integer"}, "dismissed": {"type": "integer"}, "visited": {"type": "integer"},
                                        "converted": {"type": "integer"}, "convertedValue": {"type": "number"}, "acceptance": {"type": "string"}}},
          "TeamSummary": {"type": "object", "required": ["team", "date", "reps", "funnelFrom", "funnel", "funnelTotal", "dismissals", "plans", "pilots"],
                          "properties": {"team": {"type": "string"}, "date": {"type": "string"},
                                         "reps": {"type": "array", "items": {"$ref": "#/components/schemas/TeamRow"}},
                                         "funnelFrom": {"type": "string"},
                                         "funnel": {"type": "array", "items": {"$ref": "#/components/schemas/FunnelLine"}},
                                         "funnelTotal": {"$ref": "#/components/schemas/FunnelLine"},
                                         "dismissals": {"type": "array", "items": {"type": "object", "required": ["reason", "count"],
                                                        "properties": {"reason": {"type": "string"}, "count": {"type": "integer"}}}},
                                         "plans": {"type": "array", "items": {"type": "object", "required": ["rep", "name", "date", "planned", "suggestions"],
                                                   "properties": {"rep": {"type": "string"}, "name": {"type": "string"}, "date": {"type": "string"},
                                                                  "planned": {"type": "boolean"}, "suggestions": {"type": "integer"}, "summary": {"type": "string"}}}},
                                         "pilots": {"type": "array", "items": {"$ref": "#/components/schemas/TeamPilot"}}}},
          "TeamPilot": {"type": "object", "required": ["id", "status", "startsAt", "endsAt", "metric", "arms"],
                        "properties": {"id": {"type": "string"}, "status": {"type": "string"}, "planHash": {"type": "string"},
                                       "startsAt": {"type": "string"}, "endsAt": {"type": "string"}, "metric": {"type": "string"},
                                       "arms": {"type": "array", "items": {"type": "object", "required": ["rep", "name", "arm"],
                                                "properties": {"rep": {"type": "string"}, "name": {"type": "string"}, "arm": {"type": "string", "enum": ["treatment", "control"]}}}}}},
          "Counts": {"type": "object", "required": ["reps", "leads", "appointments", "visits", "conversions", "imports"],
                     "properties": {"reps": {"type": "integer"}, "leads": {"type": "integer"}, "appointments": {"type": "integer"},
                                    "visits": {"type": "integer"}, "conversions": {"type": "integer"}, "imports": {"type": "integer"}}},
          "Week": {"type": "object", "required": ["start", "visits", "conversions", "revenue"],
                   "properties": {"start": {"type": "string"}, "visits": {"type": "integer"},
                                  "conversions": {"type": "integer"}, "revenue": {"type": "number"}}},
          "BalanceRow": {"type": "object", "required": ["covariate", "treatmentMean", "controlMean", "smd"],
                         "properties": {"covariate": {"type": "string"}, "treatmentMean": {"type": "number"},
                                        "controlMean": {"type": "number"}, "smd": {"type": "number"}}},
          "PilotResult": {"type": "object", "required": ["pilot", "status", "metric", "hashVerified", "weeksObserved", "treatmentReps", "controlReps", "confidenceLevel", "sentence", "intervals", "srmFlagged", "balance"],
                          "properties": {"pilot": {"type": "string"}, "status": {"type": "string"}, "metric": {"type": "string"},
                                         "planHash": {"type": "string"}, "hashVerified": {"type": "boolean"}, "weeksObserved": {"type": "number"},
                                         "treatmentReps": {"type": "integer"}, "controlReps": {"type": "integer"},
                                         "confidenceLevel": {"type": "number"}, "sentence": {"type": "string"},
                                         "intervals": {"type": "array", "items": {"type": "object", "required": ["label", "estimate", "low", "high"],
                                                       "properties": {"label": {"type": "string"}, "estimate": {"type": "number"}, "low": {"type": "number"}, "high": {"type": "number"}}}},
                                         "srmFlagged": {"type": "boolean"},
                                         "balance": {"type": "array", "items": {"$ref": "#/components/schemas/BalanceRow"}},
                                         "roi": {"type": "object", "required": ["npvP10", "npvP50", "npvP90", "probabilityPositive", "upfrontCost", "cashFlowPerPeriod", "periods", "sentence"],
                                                 "properties": {"npvP10": {"type": "number"}, "npvP50": {"type": "number"}, "npvP90": {"type": "number"},
                                                                "probabilityPositive": {"type": "number"}, "upfrontCost": {"type": "number"},
                                                                "cashFlowPerPeriod": {"type": "number"}, "periods": {"type": "integer"}, "sentence": {"type": "string"}}}}},
          "KPISummary": {"type": "object", "required": ["counts", "weeks", "visits", "conversions", "revenue", "adoption"],
                         "properties": {"counts": {"$ref": "#/components/schemas/Counts"},
                                        "weeks": {"type": "array", "items": {"$ref": "#/components/schemas/Week"}},
                                        "visits": {"type": "integer"}, "conversions": {"type": "integer"},
                                        "revenue": {"type": "number"}, "conversionsPerVisit": {"type": "number"},
                                        "pilot": {"$ref": "#/components/schemas/PilotResult"},
                                        "pilotNote": {"type": "string"},
                                        "adoption": {"type": "array", "items": {"type": "object", "required": ["start", "shown", "accepted", "visited"],
                                                     "properties": {"start": {"type": "string"}, "shown": {"type": "integer"}, "accepted": {"type": "integer"},
                                                                    "visited": {"type": "integer"}, "acceptanceRate": {"type": "number"}}}},
                                        "model": {"type": "object", "required": ["id", "createdAt"],
                                                  "properties": {"id": {"type": "string"}, "createdAt": {"type": "string"}, "rocAUC": {"type": "number"},
                                                                 "brier": {"type": "number"}, "ece": {"type": "number"}, "rowsTrain": {"type": "integer"}}},
                                        "modelHealth": {"type": "object", "required": ["model", "status", "findings", "windowDays", "driftedFeatures"],
                                                        "properties": {"model": {"type": "string"}, "status": {"type": "string", "enum": ["ok", "watch", "alert"]},
                                                                       "findings": {"type": "array", "items": {"type": "string"}}, "windowDays": {"type": "integer"},
                                                                       "scorePSI": {"type": "number"}, "maximumFeaturePSI": {"type": "number"},
                                                                       "driftedFeatures": {"type": "array", "items": {"type": "string"}},
                                                                       "realizedAUC": {"type": "number"}, "realizedECE": {"type": "number"},
                                                                       "realizedCount": {"type": "integer"}, "holdoutAUC": {"type": "number"}}},
                                        "modelHealthNote": {"type": "string"}}},
          "Model": {"type": "object", "required": ["id", "sequence", "createdAt", "source", "champion"],
                    "properties": {"id": {"type": "string"}, "sequence": {"type": "integer"}, "createdAt": {"type": "string"},
                                   "source": {"type": "string"}, "champion": {"type": "boolean"}, "rocAUC": {"type": "number"},
                                   "averagePrecision": {"type": "number"}, "logLoss": {"type": "number"}, "brier": {"type": "number"},
                                   "ece": {"type": "number"}, "rowsTrain": {"type": "integer"}, "rowsHoldout": {"type": "integer"}, "note": {"type": "string"}}},
          "ModelList": {"type": "object", "required": ["items"],
                        "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Model"}}, "next": {"type": "string"}}},
          "ModelDetail": {"type": "object", "required": ["model", "featureImportance"],
                          "properties": {"model": {"$ref": "#/components/schemas/Model"}, "evaluation": {"$ref": "#/components/schemas/HoldoutEvaluation"},
                                         "featureImportance": {"type": "array", "items": {"$ref": "#/components/schemas/FeatureImportance"}},
                                         "health": {"$ref": "#/components/schemas/ModelHealth"}, "healthNote": {"type": "string"}}},
          "HoldoutEvaluation": {"type": "object", "required": ["rowCount", "positives", "rocAUC", "averagePrecision", "logLoss", "brier", "expectedCalibrationError", "reliability", "deciles", "uncalibratedROCAUC", "uncalibratedLogLoss"],
                                "properties": {"rowCount": {"type": "integer"}, "positives": {"type": "integer"}, "rocAUC": {"type": "number"},
                                               "averagePrecision": {"type": "number"}, "logLoss": {"type": "number"}, "brier": {"type": "number"},
                                               "expectedCalibrationError": {"type": "number"},
                                               "reliability": {"type": "array", "items": {"$ref": "#/components/schemas/ReliabilityBin"}},
                                               "deciles": {"type": "array", "items": {"$ref": "#/components/schemas/DecileLift"}},
                                               "uncalibratedROCAUC": {"type": "number"}, "uncalibratedLogLoss": {"type": "number"}}},
          "ReliabilityBin": {"type": "object", "required": ["index", "lowerBound", "upperBound", "count", "positives"],
                             "properties": {"index": {"type": "integer"}, "lowerBound": {"type": "number"}, "upperBound": {"type": "number"},
                                            "count": {"type": "integer"}, "positives": {"type": "integer"},
                                            "meanPredicted": {"type": "number"}, "observedRate": {"type": "number"}}},
          "DecileLift": {"type": "object", "required": ["decile", "count", "positives", "lift", "cumulativeGain", "cumulativeLift"],
                         "properties": {"decile": {"type": "integer"}, "count": {"type": "integer"}, "positives": {"type": "integer"},
                                        "lift": {"type": "number"}, "cumulativeGain": {"type": "number"}, "cumulativeLift": {"type": "number"}}},
          "FeatureImportance": {"type": "object", "required": ["feature", "meanAbsoluteContribution"],
                                "properties": {"feature": {"type": "string"}, "meanAbsoluteContribution": {"type": "number"}}},
          "ModelHealth": {"type": "object", "required": ["model_version", "as_of", "window_days", "trained_as_of", "has_profile", "report"],
                          "properties": {"model_version": {"type": "string"}, "as_of": {"type": "string", "format": "date-time"},
                                         "window_days": {"type": "integer"}, "trained_as_of": {"type": "string", "format": "date-time"},
                                         "has_profile": {"type": "boolean"}, "report": {"$ref": "#/components/schemas/ModelHealthReport"}}},
          "ModelHealthReport": {"type": "object", "required": ["status", "findings"],
                                "properties": {"status": {"type": "string", "enum": ["ok", "watch", "alert"]},
                                               "findings": {"type": "array", "items": {"$ref": "#/components/schemas/HealthFinding"}},
                                               "drift": {"$ref": "#/components/schemas/DriftReport"},
                                               "realized": {"$ref": "#/components/schemas/RealizedPerformance"}, "holdoutAUC": {"type": "number"}}},
          "HealthFinding": {"type": "object", "required": ["severity", "message"],
                            "properties": {"severity": {"type": "string", "enum": ["ok", "watch", "alert"]}, "message": {"type": "string"}}},
          "DriftReport": {"type": "object", "required": ["features", "score", "currentRowCount"],
                          "properties": {"features": {"type": "array", "items": {"$ref": "#/components/schemas/FeatureDrift"}},
                                         "score": {"$ref": "#/components/schemas/FeatureDrift"}, "currentRowCount": {"type": "integer"}}},
          "FeatureDrift": {"type": "object", "required": ["name", "psi", "currentShares", "currentCount"],
                           "properties": {"name": {"type": "string"}, "psi": {"type": "number"},
                                          "currentShares": {"type": "array", "items": {"type": "number"}}, "currentCount": {"type": "integer"}}},
          "RealizedPerformance": {"type": "object", "required": ["count", "positives", "expectedCalibrationError"],
                                  "properties": {"count": {"type": "integer"}, "positives": {"type": "integer"}, "rocAUC": {"type": "number"},
                                                 "expectedCalibrationError": {"type": "number"}}},
          "Pilot": {"type": "object", "required": ["id", "status", "metric", "startsAt", "endsAt", "reps", "treatmentReps", "weeks", "icc", "maximumAbsoluteSMD", "balance"],
                    "properties": {"id": {"type": "string"}, "status": {"type": "string"}, "metric": {"type": "string"},
                                   "startsAt": {"type": "string"}, "endsAt": {"type": "string"}, "planHash": {"type": "string"},
                                   "reps": {"type": "integer"}, "treatmentReps": {"type": "integer"}, "weeks": {"type": "integer"},
                                   "icc": {"type": "number"}, "minimumDetectableEffect": {"type": "number"}, "maximumAbsoluteSMD": {"type": "number"},
                                   "balance": {"type": "array", "items": {"$ref": "#/components/schemas/BalanceRow"}}}},
          "PilotList": {"type": "object", "required": ["items"],
                        "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Pilot"}},
                                       "analysis": {"$ref": "#/components/schemas/PilotAnalysis"},
                                       "pilotNote": {"type": "string", "description": "Why there is no analysis, when there is none."}}},
          "Effect": {"type": "object", "required": ["estimate", "ci_low", "ci_high", "standard_error"],
                     "properties": {"estimate": {"type": "number"}, "ci_low": {"type": "number"}, "ci_high": {"type": "number"},
                                    "standard_error": {"type": "number"}, "p_value": {"type": "number"}}},
          "PilotAnalysis": {"type": "object", "description": "The analysis as `uptake pilot analyze NAME --json` prints it (UptakeReports' PilotStoreAnalysis): effects with intervals (ITT by Welch, CUPED by OLS with HC2, the always-valid sequential interval, the compliance-adjusted CACE and the relative effect by the delta method), the SRM check, and the pilot it is about. Estimates that could not be made are null.",
                            "required": ["pilot", "status", "metric", "plan_hash_verified", "weeks_observed", "treatment_count", "control_count", "treatment_mean", "control_mean", "itt", "itt_degrees_of_freedom", "randomization_p_value", "randomization_is_exact", "sequential", "srm_p_value", "srm_flagged", "confidence_level", "summary"],
                            "properties": {"pilot": {"type": "string"}, "status": {"type": "string"}, "metric": {"type": "string"},
                                           "plan_hash": {"type": "string"}, "plan_hash_verified": {"type": "boolean"}, "weeks_observed": {"type": "number"},
                                           "treatment_count": {"type": "integer"}, "control_count": {"type": "integer"},
                                           "treatment_mean": {"type": "number"}, "control_mean": {"type": "number"},
                                           "itt": {"$ref": "#/components/schemas/Effect"}, "itt_degrees_of_freedom": {"type": "number"},
                                           "randomization_p_value": {"type": "number"}, "randomization_is_exact": {"type": "boolean"},
                                           "cuped": {"nullable": true, "allOf": [{"$ref": "#/components/schemas/Effect"}]},
                                           "cuped_theta": {"type": "number", "nullable": true}, "cuped_variance_reduction": {"type": "number", "nullable": true},
                                           "sequential": {"$ref": "#/components/schemas/Effect"},
                                           "cace": {"nullable": true, "allOf": [{"$ref": "#/components/schemas/Effect"}]},
                                           "compliance_difference": {"type": "number", "nullable": true},
                                           "relative": {"nullable": true, "allOf": [{"$ref": "#/components/schemas/Effect"}]},
                                           "srm_p_value": {"type": "number"}, "srm_flagged": {"type": "boolean"},
                                           "confidence_level": {"type": "number"}, "summary": {"type": "string"}}},
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
