// Control for type_switch_embedded_iface.go: the same switch on an interface listing both methods directly.
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

func main() {
	var r Reader = &buf{}
	switch r.(type) {
	case ReadWriter:
		fmt.Println("read-writer")
	default:
		fmt.Println("other")
	}
}
