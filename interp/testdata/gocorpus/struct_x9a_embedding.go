// Exercises: struct embedding with promoted methods and fields, shadowing, interface satisfaction via embedding
package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) Rename(n string) { a.Name = n }
func (a Animal) Sound() string    { return "..." }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Sound() string { return "Woof" }

type Logger struct{ prefix string }

func (l *Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	*Logger
	Dog
	calls int
}

type Speaker interface{ Sound() string }
type Describer interface{ Describe() string }

func main() {
	d := Dog{Animal{"Rex", 4}, "collie"}
	fmt.Println(d.Describe(), d.Sound(), d.Animal.Sound(), d.Name)
	d.Rename("Max")
	fmt.Println(d.Name, d.Animal.Name)
	var sp Speaker = d
	var de Describer = &d
	fmt.Println(sp.Sound(), de.Describe())
	s := Service{Logger: &Logger{"[svc] "}, Dog: d}
	s.Log("started " + s.Describe())
	s.calls++
	fmt.Printf("%+v\n", s.Dog)
	fmt.Printf("%v %d\n", s.Sound(), s.calls)
	for _, x := range []Speaker{d, d.Animal, s} {
		fmt.Printf("%T:%s ", x, x.Sound())
	}
	fmt.Println()
}
