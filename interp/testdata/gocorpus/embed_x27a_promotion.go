package main

import (
	"fmt"
	"sync"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(msg string) { l.lines = append(l.lines, l.prefix+msg) }

type Named struct{ Name string }

func (n Named) Describe() string { return "named " + n.Name }

type Service struct {
	*Logger
	Named
	sync.Mutex
	hits int
}

func (s *Service) Hit() {
	s.Lock()
	defer s.Unlock()
	s.hits++
	s.Log(fmt.Sprintf("hit %d", s.hits))
}

type Animal struct{ Sound string }

func (a Animal) Speak() string { return a.Sound }
func (a Animal) Kind() string  { return "animal" }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Kind() string { return "dog/" + d.Animal.Kind() }

type Speaker interface{ Speak() string }

type ReadWriter interface {
	Reader
	Writer
}
type Reader interface{ Read() string }
type Writer interface{ Write(string) }

type buf struct{ data []string }

func (b *buf) Read() string {
	if len(b.data) == 0 {
		return "<empty>"
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *buf) Write(s string) { b.data = append(b.data, s) }

func main() {
	s := &Service{Logger: &Logger{prefix: "[svc] "}, Named: Named{"api"}}
	for range 3 {
		s.Hit()
	}
	fmt.Println(s.lines)
	fmt.Println(s.Describe(), s.Name, s.prefix)

	d := Dog{Animal{"woof"}, "lab"}
	fmt.Println(d.Speak(), d.Kind(), d.Animal.Kind())
	var sp Speaker = d
	fmt.Println(sp.Speak())
	fmt.Printf("%+v\n", d)

	var rw ReadWriter = &buf{}
	rw.Write("one")
	rw.Write("two")
	fmt.Println(rw.Read(), rw.Read(), rw.Read())
	var r Reader = rw
	fmt.Printf("%T\n", r)

	type Point struct{ X, Y int }
	type Circle struct {
		Point
		R int
	}
	c := Circle{Point{1, 2}, 3}
	c.X += 10
	fmt.Printf("%+v %v\n", c, c.Point)
}
