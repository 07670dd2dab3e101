// Exercises: a user io.Writer implementation used with fmt.Fprintf.
package main

import (
	"fmt"
	"strings"
)

type LineCounter struct {
	lines int
	bytes int
	last  strings.Builder
}

func (lc *LineCounter) Write(p []byte) (int, error) {
	lc.bytes += len(p)
	for _, b := range p {
		if b == '\n' {
			lc.lines++
		}
	}
	lc.last.Reset()
	lc.last.Write(p)
	return len(p), nil
}

func main() {
	lc := &LineCounter{}
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(lc, "line %d of %d\n", i, 3)
	}
	fmt.Fprint(lc, "no newline")
	fmt.Fprintln(lc, "x", 1, true)
	fmt.Println(lc.lines, lc.bytes)
	fmt.Printf("%q\n", lc.last.String())
}
