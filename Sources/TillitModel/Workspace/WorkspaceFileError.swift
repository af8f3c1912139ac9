import CEL
import TillitYAML

/// Everything that can go wrong while finding and opening a workspace's files, each naming the
/// path it is about (as `path:0:0`, the file-level place: the renderer prints just the path).
///
/// None of these is ever passed over in silence: a checker that reads less than it was given
/// would pass what it never saw.
public enum WorkspaceFileError: Error, Sendable, Hashable, DiagnosticConvertible {
  /// A path named on the command line does not exist.
  case notFound(String)
  /// A file named on the command line is not YAML.
  case notYAML(String)
  /// A YAML-named path is a FIFO, socket, device or other non-file.
  case notARegularFile(String, kind: FileKind)
  /// A folder could not be listed (opened or read).
  case unreadableFolder(String, SystemErrorCode)
  /// A file could not be opened or read.
  case unreadableFile(String, SystemErrorCode)
  /// A name in a folder is not valid UTF-8; the path shows its bad bytes as `\xNN`.
  case undecodableName(String)
  /// A symbolic link whose target does not exist or cannot be reached (a loop, a missing folder).
  case brokenLink(String, SystemErrorCode)
  /// A symbolic link whose target lies outside the folder named on the command line. Where it
  /// points is deliberately not said: the target is outside what the user asked to have read.
  case linkLeavesWorkspace(String)

  public var path: String {
    switch self {
    case .notFound(let path), .notYAML(let path), .notARegularFile(let path, _), .unreadableFolder(let path, _),
      .unreadableFile(let path, _), .undecodableName(let path), .brokenLink(let path, _),
      .linkLeavesWorkspace(let path):
      return path
    }
  }

  public var diagnostic: Diagnostic {
    Diagnostic(location: SourceLocation(file: path, line: 0, column: 0), message: message)
  }

  private var message: LocalizedText {
    switch self {
    case .notFound:
      return LocalizedText(
        sv: "sökvägen finns inte; ange en YAML-fil eller en mapp med YAML-filer",
        en: "the path does not exist; give a YAML file or a folder of YAML files")
    case .notYAML:
      return LocalizedText(
        sv: "filen slutar inte på .yaml eller .yml; tillit läser bara YAML-filer",
        en: "the file does not end in .yaml or .yml; tillit reads YAML files only")
    case .notARegularFile(_, let kind):
      return LocalizedText(
        sv:
          "det här är \(kind.name.sv), inte en vanlig fil; tillit läser bara vanliga filer, så ta bort den eller ge den ett namn som inte slutar på .yaml eller .yml",
        en:
          "this is \(kind.name.en), not a regular file; tillit reads regular files only, so remove it or rename it so that its name does not end in .yaml or .yml"
      )
    case .unreadableFolder(_, let code):
      return LocalizedText(
        sv:
          "mappen kan inte läsas (\(code.description.sv)); ge läsbehörighet till den, eller flytta den ur arbetsytan om den inte ska kontrolleras",
        en:
          "the folder cannot be read (\(code.description.en)); give read permission to it, or move it out of the workspace if it is not to be checked"
      )
    case .unreadableFile(_, let code):
      return LocalizedText(
        sv: "filen kan inte läsas (\(code.description.sv)); kontrollera att den finns och att den får läsas",
        en: "the file cannot be read (\(code.description.en)); check that it exists and may be read")
    case .undecodableName:
      return LocalizedText(
        sv:
          "namnet är inte giltig UTF-8 (felaktiga byte visas som \\xNN); byt namn så att tillit kan läsa och ange det",
        en: "the name is not valid UTF-8 (bad bytes are shown as \\xNN); rename it so that tillit can read and name it"
      )
    case .brokenLink(_, let code):
      return LocalizedText(
        sv:
          "den symboliska länken leder inte till någon fil eller mapp (\(code.description.sv)); rätta eller ta bort länken",
        en: "the symbolic link does not lead to a file or folder (\(code.description.en)); fix or remove the link")
    case .linkLeavesWorkspace:
      return LocalizedText(
        sv:
          "den symboliska länken pekar utanför mappen som ska kontrolleras och följs inte, så att inget utanför den läses eller visas; kopiera in filen eller ange dess riktiga sökväg på kommandoraden",
        en:
          "the symbolic link points outside the folder being checked and is not followed, so that nothing outside it is read or shown; copy the file in, or give its real path on the command line"
      )
    }
  }
}
