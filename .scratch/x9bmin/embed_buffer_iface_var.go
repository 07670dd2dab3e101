// Go prints "ok"; the session: CompileError "impossible type assertion: *main.Logger does not implement io.Writer (missing Write method)" - a method promoted from an embedded compiled *bytes.Buffer is not in the method set.
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

func main() {
	var w io.Writer = &Logger{Buffer: new(bytes.Buffer)}
	w.Write([]byte("ok"))
	fmt.Println(w.(*Logger).String())
}
