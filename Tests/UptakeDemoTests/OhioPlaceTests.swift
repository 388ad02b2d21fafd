import Testing
import UptakeCore
import UptakeDemo

@Suite("Ohio places")
struct OhioPlaceTests {
    @Test("the bundled GeoNames table loads: 687 places, largest first, all in Ohio's box and time zone")
    func bundled() throws {
        let places = try OhioPlace.bundled()
        #expect(places.count == 687)
        #expect(places.first?.name == "Columbus")
        #expect(places.first?.population == 913_175)
        #expect(places.allSatisfy { $0.population >= 1_000 && $0.timeZone == "America/New_York" })
        #expect(places.allSatisfy { (38.40...41.98).contains($0.location.latitude) })
        #expect(places.allSatisfy { (-84.83 ... -80.51).contains($0.location.longitude) })
        #expect(Set(places.map(\.geonameID)).count == 687)
    }

    @Test("a wrong header or a bad row is refused with malformedResource")
    func malformed() {
        let header = "geonameid,name,latitude,longitude,population,county_code,timezone\n"
        #expect { try OhioPlace.parse(csv: "id,name\n1,X") } throws: {
            ($0 as? DemoDataError)?.code == .malformedResource
        }
        #expect { try OhioPlace.parse(csv: header + "1,X,91.0,-82.0,1000,,America/New_York") } throws: {
            ($0 as? DemoDataError)?.code == .malformedResource
        }
        #expect { try OhioPlace.parse(csv: header + "1,X,40.0,-82.0,many,,America/New_York") } throws: {
            ($0 as? DemoDataError)?.code == .malformedResource
        }
    }

    @Test("a good row parses")
    func goodRow() throws {
        let text = "geonameid,name,latitude,longitude,population,county_code,timezone\r\n"
            + "4509177,Columbus,39.96118,-82.99879,913175,,America/New_York\r\n"
        let places = try OhioPlace.parse(csv: text)
        #expect(places.count == 1)
        #expect(places[0].geonameID == 4_509_177)
        #expect(places[0].location.latitude == 39.96118)
    }
}
