import CEL
import TillitFacts
import TillitModel
import TillitYAML

extension BurdenCalculator {
  /// The burden of `workspace` with the savings list as long as ⟨top_savings⟩ in effect says:
  /// what `burden`, `check`'s HTML and Markdown reports and `diff` all compute.
  public static func analyse(_ workspace: Workspace, thresholds: Thresholds) -> BurdenAnalysis {
    analyse(workspace, topSavings: thresholds.topSavings)
  }
}
