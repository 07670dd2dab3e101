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

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name) }
func (b Base) Kind() string     { return "base" }
func (b *Base) Rename(n string) { b.Name = n }

type Animal interface {
	Describe() string
	Kind() string
	Sound() string
}

type Dog struct {
	Base
	*Logger
	Breed string
}

func (d Dog) Kind() string  { return "dog/" + d.Base.Kind() }
func (d Dog) Sound() string { return "woof" }

type Puppy struct {
	Dog
	AgeMonths int
}

func (p Puppy) Sound() string { return strings.ToUpper(p.Dog.Sound()[:1]) + "ip" }
func (p Puppy) Describe() string {
	return fmt.Sprintf("Puppy(%s, %dmo) of %s", p.Name, p.AgeMonths, p.Dog.Describe())
}

type Cat struct{ Base }

func (Cat) Sound() string { return "meow" }

func main() {
	lg := &Logger{prefix: "> "}
	d := Dog{Base{1, "rex"}, lg, "lab"}
	p := Puppy{Dog{Base{2, "bit"}, lg, "pug"}, 3}
	c := &Cat{Base{3, "tom"}}
	animals := []Animal{d, p, c, &p}
	for _, a := range animals {
		fmt.Printf("%-45s %-9s %s\n", a.Describe(), a.Kind(), a.Sound())
	}
	d.Rename("max")
	p.Rename("byte")
	c.Rename("felix")
	fmt.Println(d.Name, p.Name, p.Dog.Base.Name, c.Name)
	fmt.Println(animals[0].Describe(), animals[3].Describe())
	d.Logf("%s says %s", d.Name, d.Sound())
	p.Logf("%s is %d months", p.Name, p.AgeMonths)
	fmt.Println(strings.Join(lg.lines, "\n"))
	fmt.Println(p.ID, p.Dog.ID, p.Base.ID, p.Breed, p.prefix)
	describe := Base.Describe
	rename := (*Base).Rename
	rename(&p.Base, "renamed")
	fmt.Println(describe(p.Base), p.Describe())
	var k interface{ Kind() string } = p
	fmt.Println(k.Kind())
}
