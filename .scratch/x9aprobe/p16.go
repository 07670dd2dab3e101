// Exercises: embedded interface in struct overriding one method (decorator), promoted through pointer
package main

import (
	"fmt"
	"strings"
)

type Writer interface {
	Write(s string)
	Flush() string
}

type buf struct{ sb strings.Builder }

func (b *buf) Write(s string) { b.sb.WriteString(s) }
func (b *buf) Flush() string  { s := b.sb.String(); b.sb.Reset(); return s }

type upper struct{ Writer }

func (u upper) Write(s string) { u.Writer.Write(strings.ToUpper(s)) }

type counting struct {
	Writer
	n int
}

func (c *counting) Write(s string) { c.n += len(s); c.Writer.Write(s) }

func main() {
	var w Writer = &buf{}
	w = upper{w}
	c := &counting{Writer: w}
	w = c
	w.Write("hello ")
	w.Write("world")
	fmt.Println(w.Flush(), c.n)
	fmt.Printf("%T %T\n", w, c.Writer)
}
