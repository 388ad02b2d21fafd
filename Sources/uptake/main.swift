import UptakeCLI

await UptakeCommand.runAsRoot()
