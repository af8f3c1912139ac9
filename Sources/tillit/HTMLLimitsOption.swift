import ArgumentParser
import TillitReports
import TillitYAML

/// `--top N` of `check` and `burden`, checked before any file is read: a usage error (exit 2)
/// in the language of the run, not a page of charts without bars.
func htmlLimits(top: Int, language: Language) throws -> HTMLLimits {
  do {
    return try HTMLLimits.validated(top: top)
  } catch {
    throw ValidationError(error.message.text(language))
  }
}
