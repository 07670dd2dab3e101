// Go prints "read-writer": a type switch whose operand has a user interface type (Reader) and whose case is another user interface (ReadWriter, Writer) never matches in the session, which prints "other" in both styles; with an operand of type any it matches.
package main

import "fmt"

type Reader interface{ Read() string }
type ReadWriter interface {
	Read() string
	Write(s string)
}

type buf struct{}

func (*buf) Read() string   { return "" }
func (*buf) Write(s string) {}

func kind(r Reader) string {
	switch r.(type) {
	case ReadWriter:
		return "read-writer"
	}
	return "other"
}

func main() {
	fmt.Println(kind(&buf{}))
}
