/// A mistake in a catalogue, at the line where it is.
struct CatalogueError: Error {
  let line: Int
  let message: String
}
