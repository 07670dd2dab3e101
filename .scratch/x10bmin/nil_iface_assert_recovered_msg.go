package main

import (
	"fmt"
	"io"
)

func main() {
	defer func() { fmt.Println(recover()) }()
	var w io.Writer
	_ = w.(io.Reader)
}
