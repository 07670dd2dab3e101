// Go prints: 1
// The session (both styles) fails with an internal error: "panic(*interp.cfgError):
// 2:32: CFG post-order panic: runtime error: invalid memory address or nil
// pointer dereference". It needs the elided element type in the map literal
// ({Data: ...} for a *fstest.MapFile value): fstest.MapFS{} and
// {"a.txt": &fstest.MapFile{...}} both work.
package main

import (
	"fmt"
	"testing/fstest"
)

func main() {
	fsys := fstest.MapFS{"a.txt": {Data: []byte("x")}}
	fmt.Println(len(fsys))
}
