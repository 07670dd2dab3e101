package main

import (
	"fmt"
	"io"
)

func main() {
	var w io.Writer
	_, ok := w.(io.Reader)
	fmt.Println(ok)
}
