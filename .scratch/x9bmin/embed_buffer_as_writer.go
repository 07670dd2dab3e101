// Go prints "hi"; the session: panic "reflect: Call using stdlib._fmt_Stringer as type io.Writer" (fmt.Fprint on *struct embedding *bytes.Buffer).
package main

import (
	"bytes"
	"fmt"
)

type Logger struct {
	*bytes.Buffer
	n int
}

func main() {
	l := &Logger{Buffer: new(bytes.Buffer)}
	fmt.Fprint(l, "hi")
	fmt.Println(l.String())
}
