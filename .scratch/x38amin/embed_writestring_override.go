// SILENT, both styles (found while reducing methods_x38a_embedding.go).
// io.WriteString on an io.Writer holding *upperBuf calls the embedded
// strings.Builder's WriteString instead of upperBuf's own WriteString method.
// Go prints:      SHOUT
// Session prints: shout

package main

import (
	"fmt"
	"io"
	"strings"
)

type upperBuf struct{ strings.Builder }

func (u *upperBuf) WriteString(s string) (int, error) {
	return u.Builder.WriteString(strings.ToUpper(s))
}

func main() {
	var w io.Writer = &upperBuf{}
	io.WriteString(w, "shout ")
	fmt.Println(w.(*upperBuf).String())
}
