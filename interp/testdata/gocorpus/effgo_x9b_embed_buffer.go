// Exercises: struct embedding *bytes.Buffer with promoted methods, overriding WriteString while calling the embedded one, fmt.Fprintf into the outer type as io.Writer.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

// Logger embeds *bytes.Buffer: Write, Len, String and Reset are promoted.
type Logger struct {
	*bytes.Buffer
	prefix string
	lines  int
}

// WriteString overrides the promoted method and adds the prefix.
func (l *Logger) WriteString(s string) (int, error) {
	l.lines++
	return l.Buffer.WriteString(l.prefix + s)
}

func emit(w io.Writer, n int) {
	fmt.Fprintf(w, "n=%d;", n)
}

type Upper struct{ bytes.Buffer }

func (u *Upper) Write(p []byte) (int, error) {
	return u.Buffer.Write(bytes.ToUpper(p))
}

func main() {
	l := &Logger{Buffer: new(bytes.Buffer), prefix: "> "}
	l.WriteString("start\n")
	emit(l, 3)
	l.Write([]byte("raw\n"))
	io.WriteString(l, "via io\n")
	fmt.Print(l.String())
	fmt.Println(l.Len(), l.lines)
	l.Reset()
	fmt.Printf("%q %d\n", l.String(), l.Buffer.Len())

	var u Upper
	fmt.Fprint(&u, "hello ", 42)
	io.Copy(&u, strings.NewReader(" world"))
	u.WriteString(" tail")
	fmt.Println(u.String())
}
