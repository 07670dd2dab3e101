// A template that names an unexported field gets Go's error for it, at
// the top and in a nested struct.
package main

import (
	"fmt"
	"os"
	"text/template"
)

type Inner struct {
	Title  string
	secret string
}

type Item struct {
	Name  string
	notes string
	In    Inner
}

func main() {
	data := Item{Name: "lamp", notes: "n", In: Inner{"t", "s"}}
	for _, src := range []string{"{{.Name}}\n", "{{.notes}}", "{{.In.Title}} {{.In.secret}}", "{{.Missing}}"} {
		t := template.Must(template.New("u").Parse(src))
		if err := t.Execute(os.Stdout, data); err != nil {
			fmt.Println("\nerror:", err)
		}
	}
}
