// Clear error, both styles (found while reducing methods_x38a_embedding.go).
// A pointer to a struct that only embeds strings.Builder is not accepted as an
// io.Writer (its Write method is promoted from the embedded Builder).
// Go prints:      quiet
// Session:        CompileError: cannot use type *main.upperBuf as type io.Writer
// (Also with an explicit var w io.Writer = &upperBuf{}: "... in assignment".)

package main

import (
	"fmt"
	"strings"
)

type upperBuf struct{ strings.Builder }

func main() {
	u := &upperBuf{}
	fmt.Fprint(u, "quiet")
	fmt.Println(u.String())
}
