// Exercises: text/template calling a method (Total) of a user struct
package main

import (
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
}

func (i Item) Total() float64 { return i.Price * float64(i.Qty) }

type Order struct {
	Customer string
	Items    []Item
}

func main() {
	t := template.Must(template.New("o").Funcs(template.FuncMap{"up": strings.ToUpper}).Parse(
		`Order for {{up .Customer}}:
{{range $i, $it := .Items}}{{$i}}. {{$it.Name}} x{{$it.Qty}} = {{printf "%.2f" $it.Total}}
{{end}}`))
	err := t.Execute(os.Stdout, Order{"ann", []Item{{"pen", 1.5, 4}, {"book", 12, 1}}})
	if err != nil {
		panic(err)
	}
}
