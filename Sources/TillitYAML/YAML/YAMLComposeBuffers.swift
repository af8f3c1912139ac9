/// The growable arrays a YAML composer builds its trees in, handed from file to file by one
/// worker.
///
/// A workspace is thousands of small files. Growing fresh arrays for each one cost a chain of
/// reallocations and copies per file; kept here, the arrays reach the size of the largest
/// file once and are then only cleared. Every finished tree still gets its own exact-size
/// copies, so nothing a document holds is shared with these buffers.
///
/// Not thread-safe by design: each worker owns its own instance and passes it to one read at a
/// time.
package final class YAMLComposeBuffers {
  var scratch: [Int32] = []
  var records: [YAMLTree.Record] = []
  var children: [Int32] = []
  var text: [UInt8] = []

  package init() {}
}
