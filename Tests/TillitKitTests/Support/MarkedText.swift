import CEL
import TillitEngine
import TillitFacts
import TillitModel
import TillitReports
import TillitYAML

/// A fixture with markers (1️⃣, 2️⃣, …) where something must point: the text without the
/// markers, and each marker's 1-based line and column in Unicode scalars.
struct MarkedText {
  static let markers: [Character] = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣"]

  var text: String
  var marks: [Character: (line: Int, column: Int)] = [:]

  init(_ marked: String) {
    var text = ""
    var line = 1
    var column = 1
    for character in marked {
      if MarkedText.markers.contains(character) {
        marks[character] = (line, column)
        continue
      }
      text.append(character)
      if character == "\n" {
        line += 1
        column = 1
      } else {
        column += character.unicodeScalars.count
      }
    }
    self.text = text
  }

  func location(_ marker: Character, file: String) -> SourceLocation? {
    marks[marker].map { SourceLocation(file: file, line: $0.line, column: $0.column) }
  }
}
