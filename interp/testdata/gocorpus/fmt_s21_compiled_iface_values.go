package main

import (
	"fmt"
	"io"
	"sort"
)

type countingWriter struct{ n int }

func (c *countingWriter) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }

type byLen []string

func (b *byLen) Len() int           { return len(*b) }
func (b *byLen) Less(i, j int) bool { return len((*b)[i]) < len((*b)[j]) }
func (b *byLen) Swap(i, j int)      { (*b)[i], (*b)[j] = (*b)[j], (*b)[i] }

func main() {
	var w io.Writer = &countingWriter{}
	fmt.Fprint(w, "hello")
	fmt.Printf("%T %+v %v\n", w, w, w)
	fmt.Println(w)
	words := byLen{"ccc", "a", "bb"}
	var s sort.Interface = &words
	sort.Sort(s)
	fmt.Printf("%v %+v\n", s, s)
}
