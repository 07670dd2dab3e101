// Exercises: embedding an interface in a struct to decorate it (wrapping io.Writer / sort.Interface), reverse sort via embedded sort.Interface
package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

type countingWriter struct {
	io.Writer
	n int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.Writer.Write(p)
	c.n += n
	return n, err
}

type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	var sb strings.Builder
	cw := &countingWriter{Writer: &sb}
	fmt.Fprintf(cw, "hello %s\n", "world")
	io.WriteString(cw, "more")
	fmt.Println(cw.n, sb.Len(), strings.Count(sb.String(), "\n"))
	words := []string{"ccc", "a", "dddd", "bb"}
	sort.Sort(reverse{byLen(words)})
	fmt.Println(words)
	sort.Sort(byLen(words))
	fmt.Println(words, sort.IsSorted(byLen(words)))
	sort.Sort(sort.Reverse(sort.StringSlice(words)))
	fmt.Println(words)
}
