package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Animal interface {
	Sound() string
	Name() string
}

type Base struct{ name string }

func (b Base) Name() string     { return b.name }
func (b Base) Sound() string    { return "..." }
func (b Base) Describe() string { return b.Name() + " says " + b.Sound() }

type Dog struct {
	Base
	tricks []string
}

func (d Dog) Sound() string { return "woof" }

type Cat struct {
	*Base
	lives int
}

func (c Cat) Sound() string { return strings.Repeat("meow ", 2)[:9] }

type Service struct {
	*Logger
	Name  string
	calls int
}

func (s *Service) Handle(req string) {
	s.calls++
	s.Logf("%s handled %q (#%d)", s.Name, req, s.calls)
}

type ReadWriter interface {
	Reader
	Writer
}
type Reader interface{ Read() string }
type Writer interface{ Write(string) }

type buffer struct{ data []string }

func (b *buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *buffer) Write(s string) { b.data = append(b.data, s) }

func main() {
	animals := []Animal{Dog{Base{"rex"}, nil}, Cat{&Base{"tom"}, 9}, Base{"rock"}}
	for _, a := range animals {
		fmt.Printf("%s: %s\n", a.Name(), a.Sound())
	}
	d := Dog{Base: Base{"fido"}, tricks: []string{"sit"}}
	fmt.Println(d.Describe(), "|", d.Base.Sound(), "|", d.name)
	svc := &Service{Logger: &Logger{prefix: "[svc] "}, Name: "api"}
	svc.Handle("GET /")
	svc.Handle("POST /x")
	fmt.Println(strings.Join(svc.lines, "\n"))
	var rw ReadWriter = &buffer{}
	rw.Write("one")
	rw.Write("two")
	var r Reader = rw
	fmt.Println(r.Read(), rw.Read(), rw.Read() == "")
	c := Cat{&Base{"kit"}, 3}
	c.name = "kitty"
	fmt.Println(c.Name(), c.lives)
	fmt.Printf("%+v\n", d)
	f := d.Describe
	d.name = "changed"
	fmt.Println(f(), d.Describe())
	g := (*Logger).Logf
	lg := &Logger{prefix: "> "}
	g(lg, "%d+%d", 1, 2)
	fmt.Println(lg.lines)
}
