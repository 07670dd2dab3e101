package main

import (
	"fmt"
	"io"
)

type Counts struct{ Bytes int }

func (c *Counts) Write(p []byte) (int, error) { c.Bytes += len(p); return len(p), nil }
func (c Counts) String() string               { return fmt.Sprint(c.Bytes, "B") }

func main() {
	var w io.Writer = &Counts{}
	_, ok := w.(fmt.Stringer)
	fmt.Println(ok)
}
