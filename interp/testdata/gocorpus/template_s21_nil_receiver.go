package main

import (
	"fmt"
	"os"
	"text/template"
)

type Item struct{ Name string }

func (i Item) Upper() string { return i.Name }

func main() {
	var np *Item
	t := template.Must(template.New("h").Parse(`{{.Upper}}`))
	err := t.Execute(os.Stdout, np)
	fmt.Println("\nerr:", err)
	var d any = np
	err = t.Execute(os.Stdout, d)
	fmt.Println("\nerr:", err)
}
