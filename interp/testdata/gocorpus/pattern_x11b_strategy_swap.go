// Exercises: strategy with an interface field swapped at run time, func type implementing an interface
package main

import (
	"fmt"
	"strings"
)

type Formatter interface {
	Format(s string) string
}

type Upper struct{}

func (Upper) Format(s string) string { return strings.ToUpper(s) }

type Repeat struct{ N int }

func (r Repeat) Format(s string) string { return strings.Repeat(s, r.N) }

type FormatFunc func(string) string

func (f FormatFunc) Format(s string) string { return f(s) }

type Printer struct {
	strategy Formatter
}

func (p *Printer) Set(f Formatter) { p.strategy = f }

func (p Printer) Print(s string) {
	if p.strategy == nil {
		fmt.Println("(plain)", s)
		return
	}
	fmt.Printf("%T: %s\n", p.strategy, p.strategy.Format(s))
}

func main() {
	p := &Printer{}
	p.Print("go")
	p.Set(Upper{})
	p.Print("go")
	p.Set(Repeat{3})
	p.Print("go")
	p.Set(FormatFunc(func(s string) string { return "<" + s + ">" }))
	p.Print("go")
	strategies := []Formatter{Upper{}, Repeat{2}, FormatFunc(strings.TrimSpace)}
	for i, s := range strategies {
		fmt.Println(i, s.Format(" ab "))
	}
}
