// Go prints "read-writer": a Reader holding *buf matches `case ReadWriter` (an interface embedding Reader and Writer); the session silently takes the default case and prints "other".
package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
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
	_, ok := r.(ReadWriter)
	fmt.Println(ok)
}
