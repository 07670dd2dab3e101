package main

import (
	"fmt"
	"io"
	"strings"
)

type countingWriter struct {
	io.Writer
	n int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	return c.Writer.Write(p)
}

type animal interface{ sound() string }
type dog struct{}

func (dog) sound() string { return "woof" }

type loudDog struct{ dog }

func (l loudDog) sound() string { return strings.ToUpper(l.dog.sound()) }

type pet struct {
	animal
	name string
}

func main() {
	var sb strings.Builder
	cw := &countingWriter{Writer: &sb}
	fmt.Fprintf(cw, "hello %s", "world")
	io.WriteString(cw, "!")
	fmt.Println(sb.String(), cw.n)
	ps := []pet{{dog{}, "rex"}, {loudDog{}, "max"}}
	for _, p := range ps {
		fmt.Println(p.name, p.sound())
	}
	fmt.Printf("%v %+v\n", ps[1], ps[0])
}
