import Foundation
import Testing
import UptakeTesting

@Suite("SharedData")
struct SharedDataTests {
    @Test
    func theDataDirectoryIsBesideThePackage() {
        let directory = SharedData.directory()
        #expect(directory.path.hasSuffix("/shared/data"))
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("README.md").path))
    }
}
