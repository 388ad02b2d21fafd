import ArgumentParser
import UptakeStore

/// `uptake user list`: every user with role and link.
struct UserListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List users.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let users = try await database.withRepository { try await $0.users() }
        for user in users {
            print([user.name, user.role.rawValue, user.rep?.rawValue ?? user.team ?? "-"].joined(separator: "\t"))
        }
    }
}
