import TillitModel
import TillitYAML

/// The shapes of tillit's files that are not documents, for `tillit schema --for config|pack`:
/// the very shapes the loaders validate with, so the schema an editor uses cannot accept or
/// refuse what tillit would not.
package enum FileSchemas {
  /// `tillit.yaml`.
  package static var configuration: ObjectShape { Configuration.shape }
  /// A policy pack file.
  package static var policyPack: ObjectShape { PolicyPackSchema.pack }
}
