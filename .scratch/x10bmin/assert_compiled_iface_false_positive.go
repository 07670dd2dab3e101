package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

type RW struct{ bytes.Buffer }

func main() {
	var w io.Writer = os.Stdout
	_, ok := w.(io.Reader)
	fmt.Println(ok)
}
