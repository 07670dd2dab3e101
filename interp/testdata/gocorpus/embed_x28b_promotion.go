package main

import (
	"fmt"
	"sync"
)

// Embedding promotes methods. Pitfalls: exposing embedded methods unintentionally,
// shadowing, and the embedded type's method not seeing the outer type ("no virtual dispatch").

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(msg string) {
	l.lines = append(l.lines, l.prefix+msg)
}

type Animal struct{ Name string }

func (a Animal) Sound() string    { return "..." }
func (a Animal) Speak() string    { return a.Name + " says " + a.Sound() }
func (a Animal) Describe() string { return "animal " + a.Name }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Sound() string { return "woof" }

func (d Dog) Describe() string { return "dog " + d.Name + " (" + d.Breed + "), " + d.Animal.Describe() }

// Embedding a mutex exposes Lock/Unlock to callers; a named field keeps it private.
type LeakyCache struct {
	sync.Mutex
	data map[string]int
}

type Cache struct {
	mu   sync.Mutex
	data map[string]int
}

func (c *Cache) Set(k string, v int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.data[k] = v
}

type Service struct {
	*Logger
	Name string
}

type Speaker interface{ Speak() string }

type ReadWriter interface {
	Reader
	Writer
}
type Reader interface{ Read() string }
type Writer interface{ Write(string) }

type memFile struct{ buf []string }

func (m *memFile) Read() string {
	if len(m.buf) == 0 {
		return ""
	}
	s := m.buf[0]
	m.buf = m.buf[1:]
	return s
}
func (m *memFile) Write(s string) { m.buf = append(m.buf, s) }

func main() {
	d := Dog{Animal: Animal{Name: "Rex"}, Breed: "lab"}
	fmt.Println(d.Sound())
	fmt.Println(d.Speak()) // Animal.Speak calls Animal.Sound, not Dog.Sound
	fmt.Println(d.Describe())
	fmt.Println(d.Name, d.Animal.Name)

	var s Speaker = d
	fmt.Printf("%T: %s\n", s, s.Speak())

	svc := Service{Logger: &Logger{prefix: "[svc] "}, Name: "api"}
	svc.Log("starting")
	svc.Log("ready")
	fmt.Println(svc.lines)

	// Nil embedded pointer: calling promoted method panics.
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		var broken Service
		broken.Log("x")
	}()

	lc := LeakyCache{data: map[string]int{}}
	lc.Lock() // callers can lock it: part of the API now
	lc.data["a"] = 1
	lc.Unlock()
	c := &Cache{data: map[string]int{}}
	c.Set("b", 2)
	fmt.Println(lc.data, c.data)

	var rw ReadWriter = &memFile{}
	rw.Write("one")
	rw.Write("two")
	fmt.Println(rw.Read(), rw.Read(), rw.Read() == "")

	fmt.Printf("%+v\n", d)
}
