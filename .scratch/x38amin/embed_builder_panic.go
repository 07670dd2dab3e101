// Tool panic, both styles.
// A type embedding strings.Builder, overriding WriteString and adding Read, held in
// a locally declared ReadWriter interface: io.WriteString then fmt.Fprint on it.
// Go prints:      SHOUT quiet
// Session:        (no output) panic: reflect: Call using *struct { Builder strings.Builder } as type io.Writer
// With io.ReadWriter instead of the local interface there is no panic, but the output is
// the SILENT "shout quiet" of embed_writestring_override.go.
// From methods_x38a_embedding.go.

package main

import (
	"fmt"
	"io"
	"strings"
)

type ReadWriter interface {
	io.Reader
	io.Writer
}

type upperBuf struct{ strings.Builder }

func (u *upperBuf) Read(p []byte) (int, error) { return 0, io.EOF }

func (u *upperBuf) WriteString(s string) (int, error) {
	return u.Builder.WriteString(strings.ToUpper(s))
}

func main() {
	var rw ReadWriter = &upperBuf{}
	io.WriteString(rw, "shout ")
	fmt.Fprint(rw, "quiet")
	fmt.Println(rw.(*upperBuf).String())
}
