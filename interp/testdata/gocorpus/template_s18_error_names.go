// Exercises: text/template execution errors naming the program's types (a struct, a pointer to one, one passed as any), still found by errors.As as an ExecError
package main

import (
	"errors"
	"fmt"
	"io"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
}

func exec(text string, data any) {
	t := template.Must(template.New("t").Parse(text))
	err := t.Execute(io.Discard, data)
	var ee template.ExecError
	fmt.Println(err, errors.As(err, &ee))
}

func main() {
	exec("{{.Missing}}", Item{"tea", 2})
	exec("{{.Name.Len}}", &Item{"tea", 2})
	err := template.Must(template.New("direct").Parse("{{.Cost}}")).Execute(io.Discard, Item{})
	fmt.Println(err)
}
