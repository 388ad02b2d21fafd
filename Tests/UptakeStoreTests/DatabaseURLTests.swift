import Testing
import UptakeStore

@Suite("DatabaseURL")
struct DatabaseURLTests {
    @Test(arguments: [
        ("sqlite:uptake.db", DatabaseURL.Location.sqliteFile(path: "uptake.db")),
        ("sqlite:data/uptake.db", .sqliteFile(path: "data/uptake.db")),
        ("sqlite:/var/lib/uptake/uptake.db", .sqliteFile(path: "/var/lib/uptake/uptake.db")),
        ("sqlite:///var/lib/uptake/uptake.db", .sqliteFile(path: "/var/lib/uptake/uptake.db")),
        ("  SQLite:uptake.db\n", .sqliteFile(path: "uptake.db")),
        ("sqlite::memory:", .sqliteMemory),
    ])
    func sqliteURLsNameAFileOrMemory(_ text: String, _ expected: DatabaseURL.Location) throws {
        let url = try DatabaseURL(parsing: text)
        #expect(url.location == expected)
        #expect(url.kind == .sqlite)
    }

    @Test(arguments: [
        "postgres://uptake:secret@db.example.com:5433/uptake",
        "postgresql://uptake@localhost/uptake?tlsmode=disable",
    ])
    func postgresURLsAreKeptWhole(_ text: String) throws {
        let url = try DatabaseURL(parsing: text)
        #expect(url.location == .postgres(url: text))
        #expect(url.kind == .postgres)
    }

    @Test
    func theDescriptionHidesThePassword() throws {
        let url = try DatabaseURL(parsing: "postgres://uptake:secret@db.example.com:5433/uptake")
        #expect(url.description == "postgres://uptake:***@db.example.com:5433/uptake")
        #expect(!url.description.contains("secret"))
        #expect(DatabaseURL.sqliteMemory.description == "sqlite::memory:")
    }

    @Test
    func anotherSchemeIsNamedInTheError() {
        let error = #expect(throws: StoreError.self) { try DatabaseURL(parsing: "mysql://root@localhost/uptake") }
        #expect(error?.code == .unsupportedScheme)
        #expect(error?.message == "unsupported database URL scheme \"mysql\"; use sqlite:PATH or postgres://...")
    }

    @Test(arguments: [
        "uptake.db",
        "sqlite:",
        "sqlite://",
        "postgres://localhost/uptake",
        "postgres://uptake@/uptake",
        "postgres://uptake@localhost",
        "postgres://uptake@localhost/",
        "postgres:uptake",
        "postgres://uptake@localhost:notaport/uptake",
    ])
    func incompleteURLsAreInvalid(_ text: String) {
        let error = #expect(throws: StoreError.self) { try DatabaseURL(parsing: text) }
        #expect(error?.code == .invalidURL)
        #expect(error?.message.contains("sqlite:PATH") == true || error?.message.contains("postgres://") == true)
    }
}
