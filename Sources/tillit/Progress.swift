import CEL
import Foundation
import Synchronization
import TillitYAML

/// One line on standard error saying what a long run is doing (reading the packs, reading the
/// documents, checking them), rewritten in place and wiped before anything else is printed.
///
/// Shown only where a person watches: standard error is a terminal and `CI` is not set, or
/// `--progress` asks for it. `--quiet` silences it whatever else holds. A CI log (standard
/// error a file or pipe) therefore never holds progress lines unless they were asked for.
enum Progress {
  /// `on` decides whether lines show; `shown` whether one is on the screen to wipe.
  private struct State {
    var on = false
    var shown = false
  }

  private static let state = Mutex(State())

  /// Whether lines show, from the options; wiping still works when off.
  static func configure(quiet: Bool, forced: Bool) {
    let environment = ProcessInfo.processInfo.environment
    let watched = isatty(STDERR_FILENO) == 1 && environment["CI"] == nil && environment["TERM"] != "dumb"
    state.withLock { $0.on = !quiet && (forced || watched) }
  }

  /// Replaces the line with `text` (in the run's language), when lines show.
  static func show(_ text: LocalizedText, language: Language) {
    let line = state.withLock { state -> String? in
      guard state.on else { return nil }
      state.shown = true
      return "\r\u{1B}[K" + TerminalText.neutralised(text.text(language)) + "…"
    }
    if let line { FileHandle.standardError.write(Data(line.utf8)) }
  }

  /// Wipes the line, if one is shown, so that what follows starts at the left on a clean line.
  static func clear() {
    let wipe = state.withLock { state -> Bool in
      defer { state.shown = false }
      return state.shown
    }
    if wipe { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
  }
}
