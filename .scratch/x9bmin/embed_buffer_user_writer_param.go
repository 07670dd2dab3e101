// Go prints "n=3"; the session: panic "reflect.Set: value of type *struct { Buffer *bytes.Buffer; ... } is not assignable to type io.Writer" (passing it to a user func taking io.Writer).
package main

import (
	"bytes"
	"fmt"
	"io"
)

type Logger struct {
	*bytes.Buffer
	n int
}

func emit(w io.Writer, n int) { fmt.Fprintf(w, "n=%d", n) }

func main() {
	l := &Logger{Buffer: new(bytes.Buffer)}
	emit(l, 3)
	fmt.Println(l.String())
}
