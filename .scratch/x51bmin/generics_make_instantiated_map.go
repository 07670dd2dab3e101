// Whole-program style: Go prints "1"; the session reports
// CompileError: type not found: Set[int] (no output).
// Notebook style (main's body as top-level statements): same as Go.
// Set[int]{} instead of make(Set[int]) agrees with Go in both styles.
// The same error comes for make(List[string], 2) with type List[T any] []T,
// and, in both styles, when make(Set[int]) sits in a function other than main.
package main

import "fmt"

type Set[T comparable] map[T]struct{}

func main() {
	ids := make(Set[int])
	ids[1] = struct{}{}
	fmt.Println(len(ids))
}
