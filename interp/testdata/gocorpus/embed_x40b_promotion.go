package main

import (
	"fmt"
	"strings"
)

type Animal interface {
	Name() string
	Sound() string
}

type Base struct{ name string }

func (b Base) Name() string  { return b.name }
func (b Base) Sound() string { return "..." }
func (b Base) Describe() string {
	// no virtual dispatch: always Base.Sound
	return b.Name() + " says " + b.Sound()
}

type Dog struct {
	Base
	breed string
}

func (d Dog) Sound() string { return "woof" }

type Puppy struct {
	Dog
}

func (p Puppy) Name() string { return "little " + p.Dog.Name() }

type Logger struct {
	lines []string
}

func (l *Logger) Log(s string) { l.lines = append(l.lines, s) }

type Service struct {
	*Logger
	Name string
}

type ReadWriter interface {
	Reader
	Writer
}
type Reader interface{ Read() string }
type Writer interface{ Write(s string) }

type buf struct{ sb strings.Builder }

func (b *buf) Read() string   { return b.sb.String() }
func (b *buf) Write(s string) { b.sb.WriteString(s) }

type A struct{ X int }
type B struct{ X int }
type C struct {
	A
	B
	Y int
}

func main() {
	d := Dog{Base{"rex"}, "lab"}
	fmt.Println(d.Name(), d.Sound(), d.Describe())
	var an Animal = d
	fmt.Println(an.Sound())

	p := Puppy{d}
	fmt.Println(p.Name(), p.Sound(), p.Describe(), p.breed, p.name)
	an = p
	fmt.Println(an.Name())

	lg := &Logger{}
	s1 := Service{lg, "one"}
	s2 := Service{lg, "two"}
	s1.Log("from one")
	s2.Log("from two")
	fmt.Println(lg.lines, len(s1.lines))

	var rw ReadWriter = &buf{}
	rw.Write("hello ")
	rw.Write("world")
	var r Reader = rw
	fmt.Println(r.Read())
	if w, ok := r.(Writer); ok {
		w.Write("!")
	}
	fmt.Println(rw.Read())

	c := C{A{1}, B{2}, 3}
	fmt.Println(c.A.X, c.B.X, c.Y)
	fmt.Printf("%+v\n", c)

	// embedded field name is the type name
	d2 := d
	d2.Base.name = "max"
	fmt.Println(d.name, d2.name)
	fmt.Printf("%+v\n", d2)
	fmt.Printf("%#v\n", p.Dog.Base)
}
