// libFuzzer's driver, called from each target's main: SwiftPM gives every executable its own
// entry point, so the targets cannot rely on the `main` libFuzzer would otherwise supply.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
