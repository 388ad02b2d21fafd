import Foundation
import Testing
import UptakeCore
@testable import UptakeImport

@Suite("ColumnMapping")
struct ColumnMappingTests {
    @Test("the shipped mappings load by name and are valid for leads", arguments: ColumnMapping.shippedNames)
    func shipped(name: String) throws {
        let mapping = try ColumnMapping.load(name)
        #expect(mapping.entity == .leads)
        try mapping.validate(for: .leads, file: name)
        #expect(mapping.columns["id"] != nil)
        #expect(mapping.repMatch == .name)
    }

    @Test("Salesforce uses Salesforce's field labels and its Hot/Warm/Cold rating")
    func salesforce() throws {
        let mapping = try ColumnMapping.load("salesforce")
        #expect(mapping.columns["id"]?.columns == ["Account ID"])
        #expect(mapping.columns["latitude"]?.columns == ["Billing Latitude"])
        #expect(mapping.tierAliases["Hot"] == .gold)
        #expect(mapping.dateFormats.contains("M/d/yyyy"))
    }

    @Test("a JSON mapping file by path, with a name joined from two columns")
    func jsonByPath() throws {
        let json = #"{"entity": "leads", "columns": {"id": "Ref", "name": ["First", "Last"]},"#
            + #" "time_zone": "Europe/Berlin", "attribute_kinds": {"Size": "number"}}"#
        let url = try TestFiles.write(json, as: "crm.json")
        let mapping = try ColumnMapping.load(url.path)
        #expect(mapping.columns["name"]?.columns == ["First", "Last"])
        #expect(mapping.timeZone == "Europe/Berlin")
        #expect(mapping.attributeKinds["Size"] == .number)
    }

    @Test("a mapping naming a field the entity lacks is refused with the fields it has")
    func unknownField() throws {
        let mapping = ColumnMapping(columns: ["latitud": .init(["Lat"])])
        let error = #expect(throws: ImportError.self) { try mapping.validate(for: .conversions, file: "m.yaml") }
        #expect(error?.description
            == "m.yaml: names field \"latitud\", which conversions do not have (they have id, lead, date, value)")
    }

    @Test("a malformed mapping file is an invalidMapping error")
    func malformed() throws {
        let url = try TestFiles.write("columns: [unclosed", as: "bad.yaml")
        let error = #expect(throws: ImportError.self) { try ColumnMapping.load(url.path) }
        #expect(error?.code == .invalidMapping)
        #expect(error?.file == "bad.yaml")
    }
}
