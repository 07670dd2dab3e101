// Exercises: io helpers io.Copy, io.TeeReader, io.LimitReader, io.ReadFull with strings.Reader.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var captured bytes.Buffer
	tee := io.TeeReader(strings.NewReader("teed data\n"), &captured)
	n, err := io.Copy(os.Stdout, tee)
	fmt.Println(n, err, captured.Len())
	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	b, _ := io.ReadAll(lr)
	fmt.Println(string(b))
	buf := make([]byte, 8)
	n2, err := io.ReadFull(strings.NewReader("short"), buf)
	fmt.Println(n2, err)
	sr := io.NewSectionReader(strings.NewReader("abcdefgh"), 2, 3)
	b, _ = io.ReadAll(sr)
	fmt.Println(string(b))
}
