// Exercises: interface embedding, a struct embedding an interface, method promotion through pointers.
package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ parts []string }

func (b *Buffer) Read() string   { return strings.Join(b.parts, "") }
func (b *Buffer) Write(s string) { b.parts = append(b.parts, s) }

type Logged struct {
	ReadWriter
	n int
}

func (l *Logged) Write(s string) {
	l.n++
	l.ReadWriter.Write(strings.ToUpper(s))
}

type Base struct{ ID int }

func (b *Base) SetID(id int)    { b.ID = id }
func (b Base) Describe() string { return fmt.Sprint("base ", b.ID) }

type Derived struct {
	*Base
	Name string
}

func main() {
	var rw ReadWriter = &Buffer{}
	rw.Write("a")
	rw.Write("b")
	fmt.Println(rw.Read())
	l := &Logged{ReadWriter: &Buffer{}}
	l.Write("x")
	l.Write("y")
	fmt.Println(l.Read(), l.n)
	var w Writer = l
	w.Write("z")
	fmt.Println(l.Read(), l.n)
	d := Derived{&Base{1}, "d"}
	d.SetID(42)
	fmt.Println(d.ID, d.Describe(), d.Base.ID)
	fmt.Printf("%+v\n", *d.Base)
}
