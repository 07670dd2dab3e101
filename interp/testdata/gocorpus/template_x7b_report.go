// Exercises: text/template with range/if/else/with, pipelines, printf, len, index, a custom FuncMap, methods on user types.
package main

import (
	"fmt"
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
	ID       int
	Customer string
	Items    []Item
	Note     string
}

func (o Order) Sum() float64 {
	s := 0.0
	for _, it := range o.Items {
		s += it.Total()
	}
	return s
}

const tmpl = `Order #{{.ID}} for {{.Customer | upper}}
{{range $i, $it := .Items}}{{$i}}. {{$it.Name | printf "%-8s"}} {{$it.Qty}} x {{printf "%.2f" $it.Price}} = {{printf "%.2f" $it.Total}}
{{else}}(no items)
{{end}}{{with .Note}}Note: {{.}}
{{else}}No note.
{{end}}Items: {{len .Items}}, total {{printf "%.2f" .Sum}}{{if gt (len .Items) 2}} (bulk){{end}}
`

func main() {
	funcs := template.FuncMap{"upper": strings.ToUpper}
	t := template.Must(template.New("order").Funcs(funcs).Parse(tmpl))
	orders := []Order{
		{ID: 1, Customer: "ada", Items: []Item{{"pen", 1.5, 4}, {"book", 12.25, 1}, {"ink", 3, 2}}, Note: "gift wrap"},
		{ID: 2, Customer: "bob"},
	}
	for _, o := range orders {
		if err := t.Execute(os.Stdout, o); err != nil {
			fmt.Println("error:", err)
		}
	}
}
