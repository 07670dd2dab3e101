package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

func (l *Logger) Dump() string { return strings.Join(l.lines, "\n") }

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a Animal) Sound() string { return "..." }

type Dog struct {
	Animal
	Breed string
}

// Sound shadows the embedded Animal.Sound.
func (d Dog) Sound() string { return "Woof" }

type Bird struct {
	Animal
	CanFly bool
}

type Speaker interface {
	Sound() string
	Describe() string
}

type Service struct {
	*Logger
	Name  string
	calls int
}

func (s *Service) Handle(req string) {
	s.calls++
	s.Log("handled %q (call #%d)", req, s.calls)
}

type ReadWriter interface {
	Reader
	Writer
}

type Reader interface{ Read() string }
type Writer interface{ Write(string) }

type buffer struct{ data []string }

func (b *buffer) Write(s string) { b.data = append(b.data, s) }
func (b *buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func main() {
	d := Dog{Animal{"Rex", 4}, "beagle"}
	b := Bird{Animal: Animal{Name: "Tweety", Legs: 2}, CanFly: true}

	fmt.Println(d.Describe())
	fmt.Println(d.Name, d.Animal.Name, d.Breed)
	fmt.Println("dog says", d.Sound(), "but its animal part says", d.Animal.Sound())
	fmt.Println("bird says", b.Sound())

	for _, s := range []Speaker{d, b} {
		fmt.Printf("%-6T -> %s / %s\n", s, s.Sound(), s.Describe())
	}
	fmt.Printf("%+v\n", d)
	fmt.Printf("%#v\n", b)

	svc := &Service{Logger: &Logger{prefix: "[svc] "}, Name: "api"}
	svc.Handle("GET /")
	svc.Handle("POST /login")
	svc.Log("shutting down %s", svc.Name)
	fmt.Println(svc.Dump())

	var rw ReadWriter = &buffer{}
	rw.Write("first")
	rw.Write("second")
	fmt.Println(rw.Read(), rw.Read(), rw.Read() == "")

	// method values and method expressions
	describe := d.Describe
	d.Name = "Max"
	fmt.Println("method value bound earlier:", describe())
	soundOf := Dog.Sound
	fmt.Println("method expression:", soundOf(d))
	logf := svc.Log
	logf("via method value")
	fmt.Println(len(svc.lines), "log lines")
}
