package main

import (
	"fmt"
	"os"
	"text/template"
)

type Money int

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Level int

const (
	Low Level = iota
	High
)

func (l Level) String() string { return [...]string{"low", "high"}[l] }

type Item struct {
	Name  string
	Cents int
	Lvl   Level
}

func (i Item) Price() Money { return Money(i.Cents) }
func (i Item) Level() Level { return i.Lvl }

func main() {
	t := template.Must(template.New("t").Parse("{{range .}}{{.Name}} {{.Price}} {{.Level}} {{printf \"%v|%d\" .Price .Price}}\n{{end}}"))
	err := t.Execute(os.Stdout, []Item{{"pen", 150, High}, {"ink", 99, Low}})
	fmt.Println(err)
}
