// Exercises: type switches on a value of one of the program's interfaces with cases on its other interfaces (embedding, flat, several per case), a bound variable used with the case's methods, concrete cases and default
package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}
type Closer interface{ Close() error }

type buf struct{ sb strings.Builder }

func (b *buf) Read() string   { return b.sb.String() }
func (b *buf) Write(s string) { b.sb.WriteString(s) }

type file struct{ name string }

func (f file) Read() string { return "contents of " + f.name }
func (f file) Close() error { return nil }

type plain string

func (p plain) Read() string { return string(p) }

func describe(r Reader) string {
	switch v := r.(type) {
	case ReadWriter:
		v.Write("+")
		return "read-writer: " + v.Read()
	case Closer, Writer:
		return fmt.Sprintf("closer or writer %T: %s", v, r.Read())
	case plain:
		return "plain " + strings.ToUpper(string(v))
	default:
		return "other " + v.Read()
	}
}

func main() {
	b := &buf{}
	b.Write("x")
	for _, r := range []Reader{b, file{"a.txt"}, plain("p"), Reader(nil)} {
		if r == nil {
			fmt.Println("nil reader")
			continue
		}
		fmt.Println(describe(r))
	}
	var r Reader = file{"b.txt"}
	switch r.(type) {
	case Writer:
		fmt.Println("writer")
	case Closer:
		fmt.Println("closer")
	}
}
