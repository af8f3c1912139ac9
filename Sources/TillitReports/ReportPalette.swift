import TillitEngine
import TillitFacts

/// The colours of every HTML report (check, burden, trend, the heat map, the controller's
/// report): the Okabe–Ito palette, whose eight colours stay apart under red–green colour
/// blindness (deuteranopia, protanopia) and in greyscale print. One definition, so a
/// severity or a category has the same colour on every page. Colour is never the only sign:
/// every coloured mark also has its words (a badge's label, a legend, a line's dash).
public enum ReportPalette {
  public static let orange = "#E69F00"
  public static let skyBlue = "#56B4E9"
  public static let bluishGreen = "#009E73"
  public static let yellow = "#F0E442"
  public static let blue = "#0072B2"
  public static let vermillion = "#D55E00"
  public static let reddishPurple = "#CC79A7"
  public static let black = "#000000"
  /// Not data: the part of a bar that is neither excess nor anything else to point out.
  public static let neutral = "#B8C0C8"

  /// A severity's colour: vermillion for errors, orange for warnings, blue for info.
  public static func color(of severity: Severity) -> String {
    switch severity {
    case .error: return vermillion
    case .warning: return orange
    case .info: return blue
    }
  }

  /// The text colour that reads on a severity's colour (contrast 4.5:1 or more).
  public static func textColor(on severity: Severity) -> String {
    severity == .info ? "#FFFFFF" : black
  }

  /// An excess category's colour; the four are told apart by hue and lightness.
  public static func color(of category: ExcessCategory) -> String {
    switch category {
    case .unused: return vermillion
    case .duplicate: return reddishPurple
    case .available: return orange
    case .overFrequent: return skyBlue
    }
  }

  /// A sequential scale for amounts (the reporting calendar): from white to the palette's
  /// blue and a darker blue, lightest for the least. One hue, so the order reads in any
  /// colour vision; the numbers are written in the cells as well.
  public static let sequential = [
    "#FFFFFF", "#E3EFF7", "#C2DCEC", "#8FC0DD", "#56A0CC", "#0072B2", "#005A8C", "#003E61",
  ]
}
