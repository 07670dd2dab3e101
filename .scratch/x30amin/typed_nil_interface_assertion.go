// Go prints:      ok
// Session (both styles): clear error, nothing printed:
//
//	Unsupported: a nil *W stored in an interface (io.Writer) is not supported
//	by gobackprop: Go makes that a non-nil io.Writer holding a nil pointer
//	(the typed-nil pitfall), which the interpreter cannot; return or assign
//	the untyped nil instead
//
// The compile-time "implements" check var _ I = (*T)(nil), at package level
// or in a function, for a standard-library interface (io.Writer,
// sort.Interface, slog.Handler). With fmt.Stringer or a cell-declared
// interface it works. From slog_x30a_custom_handler.go
// (var _ slog.Handler = (*LineHandler)(nil)).
package main

import (
	"fmt"
	"io"
)

type W struct{}

func (*W) Write(p []byte) (int, error) { return len(p), nil }

var _ io.Writer = (*W)(nil)

func main() {
	fmt.Println("ok")
}
