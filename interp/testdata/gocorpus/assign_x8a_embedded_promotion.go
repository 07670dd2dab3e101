// Exercises: embedding - promoted methods, outer methods shadowing inner ones, embedded pointers
package main

import "fmt"

type Animal struct{ Name string }

func (a Animal) Speak() string    { return a.Name + " makes a sound" }
func (a Animal) Describe() string { return "animal " + a.Name + ": " + a.Speak() }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return d.Name + " barks" }

type Logger struct{ lines []string }

func (l *Logger) Log(s string) { l.lines = append(l.lines, s) }

type Service struct {
	*Logger
	Name string
}

func main() {
	d := Dog{Animal{"Rex"}, "lab"}
	fmt.Println("outer shadows:", d.Speak())
	fmt.Println("inner still reachable:", d.Animal.Speak())
	fmt.Println("promoted method uses inner Speak:", d.Describe())
	lg := &Logger{}
	s1 := Service{lg, "a"}
	s2 := Service{lg, "b"}
	s1.Log("from a")
	s2.Log("from b")
	fmt.Println("embedded pointer shared:", lg.lines)
	type Speaker interface{ Speak() string }
	var sp Speaker = d
	fmt.Println("interface uses outer:", sp.Speak())
}
