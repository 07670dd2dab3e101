package main

import (
	"bytes"
	"fmt"
	"log"
)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "a: ", 0)
	l.SetPrefix("b: ")
	l.Print("x")
	fmt.Print(buf.String())
}
