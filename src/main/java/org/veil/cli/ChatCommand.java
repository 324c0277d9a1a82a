package org.veil.cli;

import picocli.CommandLine.Command;

/** {@code veil chat ...}: chat exports. */
@Command(
    name = "chat",
    description = "Import chat exports (Telegram JSON/HTML, WhatsApp, Discord) into a case.",
    subcommands = {ChatImportCommand.class})
public final class ChatCommand {}
