import Foundation
import Testing
import UptakeCore
@testable import UptakeImport

/// One test per bad input, each asserting the exact located message a user reads.
@Suite("CSVImporter errors")
struct CSVImporterErrorTests {
    private static let header = "id,name,latitude,longitude,created_at"

    private func importLeads(
        _ text: String, as name: String = "leads.csv", options: ImportOptions = ImportOptions()
    ) async throws -> (ImportResult, [Lead]) {
        try await importLeads(Data(text.utf8), as: name, options: options)
    }

    private func importLeads(
        _ data: Data, as name: String = "leads.csv", options: ImportOptions = ImportOptions()
    ) async throws -> (ImportResult, [Lead]) {
        let url = try TestFiles.write(data, as: name)
        let collected = Collected<Lead>()
        let importer = CSVImporter(options: options, references: TestFiles.references())
        let result = try await importer.importLeads(from: url) { collected.add($0) }
        return (result, collected.values)
    }

    @Test("a ;-delimited file forced to , says the delimiter looks wrong")
    func wrongDelimiter() async throws {
        let text = "id;name;latitude;longitude;created_at\nL1;Acme;40.0;-83.0;2024-01-01\n"
        let (result, leads) = try await importLeads(text, options: ImportOptions(delimiter: ","))
        #expect(result.errors.map(\.description) == [
            "leads.csv:1: missing required columns; the delimiter looks wrong: the header read with \",\" has "
                + "1 column: \"id;name;latitude;longitude;created_at\", but it splits on \";\" (try --delimiter \";\")",
        ])
        #expect(result.errors.first?.code == .wrongDelimiter)
        #expect(result.mustRollBack && result.isFileLevelFailure && leads.isEmpty)
    }

    @Test("a missing required column is named, with the columns the header has")
    func missingColumn() async throws {
        let (result, _) = try await importLeads("id,name,longitude,created_at\nL1,Acme,-83,2024-01-01\n")
        #expect(result.errors.map(\.description) == [
            "leads.csv:1: missing required column \"latitude\"; the header has 4 columns: \"id\", \"name\", "
                + "\"longitude\", \"created_at\"",
        ])
    }

    @Test("a mapped column that is missing names the CRM's column and our field")
    func missingMappedColumn() async throws {
        let text = "\"Record ID\",\"Company name\",\"Create Date\",\"Latitude\"\n1,Acme,2024-01-01 10:00,40\n"
        let (result, _) = try await importLeads(
            text, as: "companies.csv", options: ImportOptions(mapping: try ColumnMapping.load("hubspot-companies")))
        #expect(result.errors.map(\.description) == [
            "companies.csv:1: missing required column \"Longitude\" (mapped to longitude); the header has 4 columns: "
                + "\"Record ID\", \"Company name\", \"Create Date\", \"Latitude\"",
        ])
    }

    @Test("an unparsable number")
    func unparsableNumber() async throws {
        let text = Self.header + ",expected_value\nL1,Acme,40.0,-83.0,2024-01-01,12k\n"
        let (result, leads) = try await importLeads(text)
        #expect(result.errors.map(\.description) == ["leads.csv:2: column \"expected_value\": \"12k\" is not a number"])
        #expect(result.errors.first?.code == .invalidNumber)
        #expect(leads.isEmpty)
    }

    @Test("latitude out of range, at its physical line in a HubSpot export (line 1042)")
    func latitudeOutOfRange() async throws {
        var text = "\"Record ID\",\"Company name\",\"Create Date\",\"Latitude\",\"Longitude\"\n"
        for index in 2...1041 { text += "\(index),Agency \(index),2024-01-01 10:00,40.1,-83.2\n" }
        text += "1042,Far North,2024-01-01 10:00,91.5,-83.2\n"
        let options = ImportOptions(mapping: try ColumnMapping.load("hubspot-companies"))
        let (result, leads) = try await importLeads(text, options: options)
        #expect(result.errors.map(\.description) == ["leads.csv:1042: column \"Latitude\": \"91.5\" is outside -90...90"])
        #expect(result.errors.first?.code == .outOfRange)
        #expect(result.rowsRead == 1041)
        #expect(leads.count < 1040, "the batch holding the error is not sent")
    }

    @Test("longitude out of range")
    func longitudeOutOfRange() async throws {
        let (result, _) = try await importLeads(Self.header + "\nL1,Acme,40.0,-190,2024-01-01\n")
        #expect(result.errors.map(\.description) == ["leads.csv:2: column \"longitude\": \"-190\" is outside -180...180"])
    }

    @Test("a date that does not exist, and one in the wrong format for the mapping")
    func badDate() async throws {
        let (iso, _) = try await importLeads(Self.header + "\nL1,Acme,40.0,-83.0,2024-02-30\n")
        #expect(iso.errors.map(\.description) == [
            "leads.csv:2: column \"created_at\": \"2024-02-30\" is not a date (expected ISO 8601 (yyyy-MM-dd[THH:mm[:ss]][Z]))",
        ])
        let text = "Account ID,Account Name,Billing Latitude,Billing Longitude,Created Date\n"
            + "001A,Acme,40.0,-83.0,15/03/2024\n"
        let (salesforce, _) = try await importLeads(
            text, options: ImportOptions(mapping: try ColumnMapping.load("salesforce")))
        #expect(salesforce.errors.map(\.description) == [
            "leads.csv:2: column \"Created Date\": \"15/03/2024\" is not a date (expected M/d/yyyy h:mm a or "
                + "M/d/yyyy, h:mm a or M/d/yyyy or ISO 8601 (yyyy-MM-dd[THH:mm[:ss]][Z]))",
        ])
    }

    @Test("the same external id twice names both lines")
    func duplicateID() async throws {
        let text = Self.header + "\nL1,Acme,40,-83,2024-01-01\nL2,Birch,40,-83,2024-01-01\nL1,Cedar,40,-83,2024-01-01\n"
        let (result, _) = try await importLeads(text)
        #expect(result.errors.map(\.description) == ["leads.csv:4: column \"id\": \"L1\" is a duplicate of the id on line 2"])
        #expect(result.errors.first?.code == .duplicateID)
    }

    @Test("an appointment for an unknown rep")
    func unknownRep() async throws {
        let text = "id,rep,start,end\nA1,rep-001,2024-03-15T14:00:00Z,2024-03-15T15:00:00Z\n"
            + "A2,rep-999,2024-03-15T14:00:00Z,2024-03-15T15:00:00Z\n"
        let url = try TestFiles.write(text, as: "appointments.csv")
        let collected = Collected<Appointment>()
        let result = try await CSVImporter(references: TestFiles.references())
            .importAppointments(from: url) { collected.add($0) }
        #expect(result.errors.map(\.description) == ["appointments.csv:3: column \"rep\": \"rep-999\" is not a known rep"])
        #expect(result.errors.first?.code == .unknownReference)
        #expect(collected.values.isEmpty, "the batch with the bad row is not sent")
    }

    @Test("an appointment whose rep email is unknown, when the mapping matches reps by email")
    func unknownRepEmail() async throws {
        let text = "Event,Owner Email,Starts,Ends\nE1,nobody@example.com,2024-03-15 14:00,2024-03-15 15:00\n"
        let mapping = ColumnMapping(
            entity: .appointments,
            columns: ["id": .init(["Event"]), "rep": .init(["Owner Email"]), "start": .init(["Starts"]),
                      "end": .init(["Ends"])],
            repMatch: .email)
        let url = try TestFiles.write(text, as: "meetings.csv")
        let result = try await CSVImporter(options: ImportOptions(mapping: mapping), references: TestFiles.references())
            .importAppointments(from: url) { _ in }
        #expect(result.errors.map(\.description)
            == ["meetings.csv:2: column \"Owner Email\": \"nobody@example.com\" is not the email of a known rep"])
    }

    @Test("an unclosed quote names the line where the quote opened")
    func unclosedQuote() async throws {
        let text = Self.header + "\nL1,Acme,40,-83,2024-01-01\nL2,\"Two\nline name\",40,-83,2024-01-01\n"
            + "L3,Birch,40,-83,2024-01-01\nL4,Cedar,\"40,-83,2024-01-01\nL5,Delta,40,-83,2024-01-01\n"
        let (result, _) = try await importLeads(text)
        #expect(result.errors.map(\.description) == [
            "leads.csv:6: column \"latitude\": unclosed quote: the quoted field opened on line 6 runs to the end of the file",
        ])
        #expect(result.errors.first?.code == .unclosedQuote)
        #expect(result.rowsRead == 4)
    }

    @Test("invalid UTF-8 gives the line and the byte offset")
    func invalidUTF8() async throws {
        var data = Data((Self.header + "\nL1,Caf").utf8)
        data.append(0xE9)  // Latin-1 "é"
        data.append(contentsOf: Array(",40,-83,2024-01-01\n".utf8))
        let (result, _) = try await importLeads(data)
        #expect(result.errors.map(\.description) == [
            "leads.csv:2: column \"name\": is not valid UTF-8 (first bad byte at byte offset 44 of the file)",
        ])
        #expect(data[44] == 0xE9)
    }

    @Test("an empty file")
    func emptyFile() async throws {
        let (result, _) = try await importLeads("")
        #expect(result.errors.map(\.description) == [
            "leads.csv: the file is empty; expected a header row (id, name, latitude, longitude, created_at, ...)",
        ])
        #expect(result.errors.first?.code == .emptyFile)
        #expect(result.mustRollBack)
    }

    @Test("a 10 MB field hits the 1 MiB limit, names its line, and the next row still imports")
    func hugeField() async throws {
        var data = Data((Self.header + ",notes\nL1,Acme,40,-83,2024-01-01,").utf8)
        data.append(Data(repeating: UInt8(ascii: "x"), count: 10 * 1024 * 1024))
        data.append(contentsOf: Array("\nL2,Birch,40,-83,2024-01-01,short\n".utf8))
        let (result, leads) = try await importLeads(data, as: "big.csv", options: ImportOptions(skipInvalid: true))
        #expect(result.errors.map(\.description) == [
            "big.csv:2: column \"notes\": is longer than the field limit of 1048576 bytes",
        ])
        #expect(result.errors.first?.code == .fieldTooLong)
        #expect(leads.map(\.id) == ["L2"])
    }

    @Test("a row with the wrong number of fields")
    func fieldCount() async throws {
        let (result, _) = try await importLeads(Self.header + "\nL1,Acme,40,-83\n")
        #expect(result.errors.map(\.description) == ["leads.csv:2: has 4 fields; the header has 5"])
    }

    @Test("a one-field row at the end with no blank line before it is an error, not a report footer")
    func truncatedLastRow() async throws {
        let (result, _) = try await importLeads(Self.header + "\nL1,Acme,40,-83,2024-01-01\nL2\n")
        #expect(result.errors.map(\.description) == ["leads.csv:3: has 1 field; the header has 5"])
        #expect(result.skipped == 0)
    }

    @Test("an unknown tier lists the accepted words, including the mapping's aliases")
    func badTier() async throws {
        let text = "Account ID,Account Name,Billing Latitude,Billing Longitude,Created Date,Rating\n"
            + "001A,Acme,40,-83,3/15/2024,Lukewarm\n"
        let (result, _) = try await importLeads(text, options: ImportOptions(mapping: try ColumnMapping.load("salesforce")))
        #expect(result.errors.map(\.description) == [
            "leads.csv:2: column \"Rating\": \"Lukewarm\" is not a tier (expected gold, silver, bronze, cold, hot, warm)",
        ])
    }

    @Test("the report lists the first 50 errors, then how many more")
    func reportTruncation() async throws {
        var text = Self.header + "\n"
        for index in 1...60 { text += "L\(index),Acme,95,-83,2024-01-01\n" }
        let (result, _) = try await importLeads(text)
        #expect(result.errorCount == 60)
        #expect(result.errors.count == 50)
        let lines = result.report.split(separator: "\n").map(String.init)
        #expect(lines.first == "leads.csv: 60 rows read, 0 leads imported")
        #expect(lines[50] == "leads.csv:51: column \"latitude\": \"95\" is outside -90...90")
        #expect(lines[51] == "... and 10 more errors")
        #expect(lines.count == 52)
    }
}
