import TillitSpreadsheet
import TillitYAML

/// A mapping being filled from cells, with its `x-import` notes: the verbatim text of cells
/// that did not fit, kept beside the field they were meant for. A draft left with nothing but
/// notes is not written as an object (an object with only a note would read as an answer);
/// its notes move up to the parent, under the draft's own key.
struct DocumentDraft {
  var pairs: [(String, YAMLOutput)] = []
  var notes: [(String, YAMLOutput)] = []

  mutating func set(_ key: String, _ value: YAMLOutput) { pairs.append((key, value)) }

  mutating func note(_ key: String, _ verbatim: String) {
    if let index = notes.firstIndex(where: { $0.0 == key }), case .text(let old) = notes[index].1 {
      notes[index].1 = .text(old + "; " + verbatim)
    } else {
      notes.append((key, .text(verbatim)))
    }
  }

  var isEmpty: Bool { pairs.isEmpty }

  /// Adds `child` under `key`, or, when it has no fields, its notes under `key` in this
  /// draft's notes.
  mutating func nest(_ key: String, _ child: DocumentDraft) {
    if child.isEmpty {
      if !child.notes.isEmpty { notes.append((key, .map(child.notes))) }
    } else {
      set(key, child.output)
    }
  }

  var output: YAMLOutput {
    .map(pairs + (notes.isEmpty ? [] : [("x-import", .map(notes))]))
  }
}
