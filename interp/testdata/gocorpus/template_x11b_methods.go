// Exercises: text/template with range, if, method calls on struct values, pipelines with printf, template funcs via FuncMap
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
	ID    int
	Items []Item
	Note  string
}

const tmpl = `Order #{{.ID}}
{{range $i, $it := .Items}}{{$i}}. {{upper $it.Name}} x{{$it.Qty}} = {{printf "%.2f" $it.Total}}
{{end}}{{if .Note}}Note: {{.Note}}{{else}}(no note){{end}}
{{len .Items}} items
`

func main() {
	t := template.Must(template.New("order").Funcs(template.FuncMap{"upper": strings.ToUpper}).Parse(tmpl))
	o := Order{ID: 7, Items: []Item{{"pen", 1.5, 4}, {"pad", 3.25, 2}}}
	if err := t.Execute(os.Stdout, o); err != nil {
		panic(err)
	}
	o.Note = "gift"
	o.Items = o.Items[:1]
	t.Execute(os.Stdout, o)
}
