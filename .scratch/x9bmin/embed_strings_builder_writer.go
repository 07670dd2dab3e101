// Go prints "n=1"; the session: CompileError "cannot use type *main.Doc as type io.Writer" - Write promoted from an embedded (value) strings.Builder is not in *Doc's method set for yaegi.
package main

import (
	"fmt"
	"strings"
)

type Doc struct {
	strings.Builder
	lines int
}

func main() {
	var d Doc
	fmt.Fprintf(&d, "n=%d", 1)
	fmt.Println(d.String())
}
