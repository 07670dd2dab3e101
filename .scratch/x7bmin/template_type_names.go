package main

import (
	"fmt"
	"os"
	"text/template"
)

type Level int

type Item struct {
	Name   string
	secret string
}

func main() {
	// Go: 1 main.Level
	template.Must(template.New("a").Parse("{{.}} {{printf \"%T\" .}}\n")).Execute(os.Stdout, Level(1))
	// Go: ... secret is an unexported field of struct type main.Item
	err := template.Must(template.New("b").Parse("{{.secret}}")).Execute(os.Stdout, Item{"n", "s"})
	fmt.Println(err)
	// Go: ... can't evaluate field Missing in type main.Item
	err = template.Must(template.New("c").Parse("{{.Missing}}")).Execute(os.Stdout, Item{})
	fmt.Println(err)
}
