import Foundation
import Testing
import UptakeCore
@testable import UptakeImport

@Suite("CSVImporter")
struct CSVImporterTests {
    private let iso = ISO8601DateFormatter()

    private func importLeads(_ url: URL, options: ImportOptions) async throws -> (ImportResult, [Lead]) {
        let collected = Collected<Lead>()
        let importer = CSVImporter(options: options, references: TestFiles.references())
        let result = try await importer.importLeads(from: url) { collected.add($0) }
        return (result, collected.values)
    }

    @Test("a Salesforce Accounts report export, with its footer, through the shipped mapping")
    func salesforce() async throws {
        let options = ImportOptions(mapping: try ColumnMapping.load("salesforce"))
        let (result, leads) = try await importLeads(TestFiles.fixture("salesforce-accounts.csv"), options: options)
        #expect(result.errors.isEmpty, "\(result.report)")
        #expect(!result.mustRollBack)
        #expect(result.rowsRead == 5)
        #expect(result.skipped == 5, "Grand Totals, copyright, confidential, generated-by and company lines")
        #expect(result.warnings == [
            "5 one-field lines after a blank line at the end (from line 9, \"Grand Totals (5 records)\") skipped "
                + "as a report footer",
        ])
        #expect(leads.map(\.id.rawValue) == ["0015g00000AbCdEAAV", "0015g00000AbCdFAAV", "0015g00000AbCdGAAV",
                                            "0015g00000AbCdHAAV", "0015g00000AbCdIAAV"])
        let first = try #require(leads.first)
        #expect(first.name == "Buckeye Mutual Insurance Agency")
        #expect(first.location == GeoPoint(uncheckedLatitude: 39.9912, longitude: -83.0046))
        #expect(first.tier == .gold)
        #expect(first.owner == "rep-001")
        #expect(first.createdAt == iso.date(from: "2024-03-15T00:00:00Z"))
        #expect(first.expectedValue == 0)
        #expect(first.attributes == [
            "Type": .category("Prospect"), "Industry": .category("Insurance"), "Annual Revenue": .number(1_250_000),
            "Employees": .number(12), "Billing City": .category("Columbus"), "Billing State/Province": .category("OH"),
            "Billing Zip/Postal Code": .category("43201"), "Last Activity": .date(iso.date(from: "2024-04-02T00:00:00Z")!),
        ])
        #expect(leads[1].name == "Smith, Jones & Co")
        #expect(leads[1].tier == .silver)
        #expect(leads[2].name == "The \"Corner\" Agency")
        #expect(leads[2].tier == .bronze)
        #expect(leads[2].owner == "rep-002")
        #expect(leads[2].attributes["Annual Revenue"] == nil, "an empty value is no attribute")
        #expect(leads[3].tier == .bronze, "an empty Rating takes the mapping's default")
        #expect(leads[4].createdAt == iso.date(from: "2024-02-29T00:00:00Z"))
        #expect(leads[4].attributes["Last Activity"] == nil)
    }

    @Test("a HubSpot companies export with a byte order mark and yyyy-MM-dd HH:mm dates")
    func hubspotCompanies() async throws {
        let options = ImportOptions(mapping: try ColumnMapping.load("hubspot-companies"))
        let (result, leads) = try await importLeads(TestFiles.fixture("hubspot-companies.csv"), options: options)
        #expect(result.errors.isEmpty, "\(result.report)")
        #expect(leads.count == 4)
        let acme = try #require(leads.first)
        #expect(acme.id == "9472819301")
        #expect(acme.name == "Acme Insurance Partners")
        #expect(acme.owner == "rep-002")
        #expect(acme.createdAt == iso.date(from: "2023-05-16T14:22:00Z"))
        #expect(acme.attributes["Number of Employees"] == .number(25))
        #expect(acme.attributes["Is Public"] == .boolean(false))
        #expect(acme.attributes["Last Activity Date"] == .date(iso.date(from: "2024-03-02T09:15:00Z")!))
        #expect(acme.attributes["Industry"] == .category("INSURANCE"))
        #expect(acme.attributes["Phone Number"] == nil, "ignored by the mapping")
        #expect(leads[2].owner == nil)
        #expect(leads[2].attributes["Annual Revenue"] == nil)
    }

    @Test("a HubSpot contacts export: the name joins First Name and Last Name")
    func hubspotContacts() async throws {
        let options = ImportOptions(mapping: try ColumnMapping.load("hubspot-contacts"))
        let (result, leads) = try await importLeads(TestFiles.fixture("hubspot-contacts.csv"), options: options)
        #expect(result.errors.isEmpty, "\(result.report)")
        #expect(leads.map(\.name) == ["Dana Whitfield", "Luis Ortega"])
        #expect(leads.map(\.owner) == ["rep-001", "rep-002"])
        #expect(leads[0].attributes["Email"] == nil)
        #expect(leads[0].attributes["Lead Status"] == .category("New"))
    }

    @Test("zone-less times are read in the mapping's or the caller's time zone")
    func timeZone() async throws {
        let url = try TestFiles.write(
            "id,name,latitude,longitude,created_at\nL1,Acme,40,-83,2024-07-01 09:00\n", as: "leads.csv")
        let (utc, utcLeads) = try await importLeads(url, options: ImportOptions())
        #expect(utc.errors.isEmpty)
        #expect(utcLeads.first?.createdAt == iso.date(from: "2024-07-01T09:00:00Z"))
        let (_, local) = try await importLeads(
            url, options: ImportOptions(timeZone: TimeZone(identifier: "America/New_York")))
        #expect(local.first?.createdAt == iso.date(from: "2024-07-01T13:00:00Z"))
    }

    @Test("without skipInvalid the sink gets nothing after the first error, and the caller must roll back")
    func rollbackContract() async throws {
        let text = "id,name,latitude,longitude,created_at\nL1,A,40,-83,2024-01-01\nL2,B,40,-83,2024-01-01\n"
            + "L3,C,99,-83,2024-01-01\nL4,D,40,-83,2024-01-01\nL5,E,40,-83,2024-01-01\nL6,F,40,-83,2024-01-01\n"
        let url = try TestFiles.write(text, as: "leads.csv")
        let (result, leads) = try await importLeads(url, options: ImportOptions(batchSize: 2))
        #expect(leads.map(\.id) == ["L1", "L2"])
        #expect(result.imported == 2)
        #expect(result.rowsRead == 6)
        #expect(result.hasErrors && result.mustRollBack)
        #expect(!FileManager.default.fileExists(atPath: url.path + ".rejected.csv"))
    }

    @Test("with skipInvalid valid rows are imported and invalid ones go to FILE.rejected.csv with a reason")
    func skipInvalid() async throws {
        let text = "id,name,latitude,longitude,created_at\nL1,A,40,-83,2024-01-01\nL2,\"B, Inc\",99,-83,2024-01-01\n"
            + "L3,C,40,-83,someday\nL4,D,40,-83,2024-01-01\n"
        let url = try TestFiles.write(text, as: "leads.csv")
        let (result, leads) = try await importLeads(url, options: ImportOptions(skipInvalid: true, batchSize: 2))
        #expect(leads.map(\.id) == ["L1", "L4"])
        #expect(result.rejected == 2)
        #expect(!result.mustRollBack)
        let rejectedURL = try #require(result.rejectedFile)
        #expect(rejectedURL.lastPathComponent == "leads.csv.rejected.csv")
        let rejected = try String(contentsOf: rejectedURL, encoding: .utf8)
        #expect(rejected == "id,name,latitude,longitude,created_at,reason\r\n"
            + "L2,\"B, Inc\",99,-83,2024-01-01,\"column \"\"latitude\"\": \"\"99\"\" is outside -90...90\"\r\n"
            + "L3,C,40,-83,someday,\"column \"\"created_at\"\": \"\"someday\"\" is not a date (expected ISO 8601 "
            + "(yyyy-MM-dd[THH:mm[:ss]][Z]))\"\r\n")
        #expect(result.report.hasSuffix("rejected rows written to \(rejectedURL.path)"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
        #expect(leftovers.sorted() == ["leads.csv", "leads.csv.rejected.csv"], "no temporary file left")
    }

    @Test("an attribute's kind comes from the sample; a later contradicting value is kept as category and warned")
    func attributeInference() async throws {
        let text = "id,name,latitude,longitude,created_at,agents,franchise,founded,notes\n"
            + "L1,A,40,-83,2024-01-01,12,yes,2001-05-01,x\nL2,B,40,-83,2024-01-01,3,no,1999-01-01,\n"
            + "L3,C,40,-83,2024-01-01,,yes,,y\nL4,D,40,-83,2024-01-01,n/a,no,2010-10-10,z\n"
        let url = try TestFiles.write(text, as: "leads.csv")
        let (result, leads) = try await importLeads(url, options: ImportOptions(inferenceSampleRows: 3))
        #expect(result.errors.isEmpty)
        #expect(leads[0].attributes["agents"] == .number(12))
        #expect(leads[0].attributes["franchise"] == .boolean(true))
        #expect(leads[0].attributes["founded"] == .date(iso.date(from: "2001-05-01T00:00:00Z")!))
        #expect(leads[0].attributes["notes"] == .category("x"))
        #expect(leads[2].attributes["agents"] == nil)
        #expect(leads[3].attributes["agents"] == .category("n/a"))
        #expect(result.warnings == [
            "column \"agents\": 1 value did not parse as number (inferred from the first 3 rows) and were kept as "
                + "category; the first is on line 5",
        ])
    }

    @Test("progress reports bytes read up to the file's size")
    func progress() async throws {
        let url = TestFiles.fixture("generated-leads-200.csv")
        let reports = Reports()
        let importer = CSVImporter(
            options: ImportOptions(batchSize: 50), references: .unchecked, progress: { reports.add($0) })
        let result = try await importer.importLeads(from: url) { _ in }
        #expect(result.errors.isEmpty, "\(result.report)")
        #expect(result.imported == 200)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int)
        #expect(reports.values.count >= 4)
        #expect(reports.values.map(\.bytesRead) == reports.values.map(\.bytesRead).sorted())
        #expect(reports.values.last?.bytesRead == size)
        #expect(reports.values.last?.fraction == 1)
    }

    @Test("reps, visits and conversions in canonical columns")
    func otherEntities() async throws {
        let reps = try TestFiles.write(
            "id,name,email,team,start_latitude,start_longitude,shift_start,shift_end,time_zone\n"
                + "rep-9,Ann Lee,ann@example.com,East,39.9,-83.0,08:00,17:00,America/New_York\n"
                + "rep-10,Bo Chen,bo@example.com,East,39.9,-83.0,18:00,17:00,Mars/Olympus\n", as: "reps.csv")
        let collectedReps = Collected<Rep>()
        let repResult = try await CSVImporter(options: ImportOptions(skipInvalid: true), references: .unchecked)
            .importReps(from: reps) { collectedReps.add($0) }
        #expect(collectedReps.values.map(\.id) == ["rep-9"])
        #expect(collectedReps.values.first?.end == GeoPoint(uncheckedLatitude: 39.9, longitude: -83.0))
        #expect(Set(repResult.errors.map(\.description)) == [
            "reps.csv:3: column \"shift_end\": \"17:00\" is not after the shift start 18:00",
            "reps.csv:3: column \"time_zone\": \"Mars/Olympus\" is not an IANA time zone (e.g. America/New_York)",
        ])

        let visits = try TestFiles.write(
            "id,rep,lead,time,note\nV1,rep-001,L1,2024-03-15T15:00:00Z,Left a brochure\n"
                + "V2,rep-002,L404,2024-03-15T16:00:00Z,\n", as: "visits.csv")
        let collectedVisits = Collected<Visit>()
        let visitResult = try await CSVImporter(references: TestFiles.references(leads: ["L1"]))
            .importVisits(from: visits) { collectedVisits.add($0) }
        #expect(visitResult.errors.map(\.description) == ["visits.csv:3: column \"lead\": \"L404\" is not a known lead"])

        let conversions = try TestFiles.write(
            "id,lead,date,value\nC1,L1,2024-04-01,12000.50\nC2,L1,2024-04-02,-5\n", as: "conversions.csv")
        let collectedConversions = Collected<Conversion>()
        let conversionResult = try await CSVImporter(
            options: ImportOptions(skipInvalid: true), references: TestFiles.references(leads: ["L1"]))
            .importConversions(from: conversions) { collectedConversions.add($0) }
        #expect(collectedConversions.values.map(\.value) == [12000.5])
        #expect(conversionResult.errors.map(\.description)
            == ["conversions.csv:3: column \"value\": \"-5\" is negative; a deal value is >= 0"])
    }
}

/// Progress reports, in order.
final class Reports: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [ImportProgress] = []
    var values: [ImportProgress] { lock.withLock { stored } }
    func add(_ progress: ImportProgress) { lock.withLock { stored.append(progress) } }
}
