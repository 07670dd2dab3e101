package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Qty   int
	Price int64
}

func (i Item) Amount() int64 { return int64(i.Qty) * i.Price }

type Order struct {
	ID       int
	Customer string
	Items    []Item
	Notes    map[string]string
	Rush     bool
	Coupon   *string
}

const layout = `{{define "money"}}{{printf "%d.%02d" (div . 100) (mod . 100)}}{{end -}}
{{define "item"}}  {{printf "%-14s" .Name}} {{printf "%3d" .Qty}} x {{template "money" .Price}} = {{template "money" .Amount}}
{{end -}}
{{define "order"}}Order #{{.ID}} for {{.Customer}}{{if and .Rush (gt (len .Items) 1)}} [RUSH]{{end}}
{{range .Items}}{{template "item" .}}{{end -}}
{{- with .Coupon}}  coupon: {{.}}
{{end -}}
{{- range $k, $v := .Notes}}  note {{$k}}={{$v | printf "%q"}}
{{end -}}
  total: {{template "money" (total .Items)}}
{{end}}`

func main() {
	funcs := template.FuncMap{
		"div": func(a, b int64) int64 { return a / b },
		"mod": func(a, b int64) int64 { return a % b },
		"total": func(items []Item) int64 {
			var t int64
			for _, i := range items {
				t += i.Amount()
			}
			return t
		},
	}
	t := template.Must(template.New("root").Funcs(funcs).Parse(layout))
	code := "SPRING10"
	orders := []Order{
		{ID: 1, Customer: "Bistro 21", Items: []Item{{"Espresso beans", 4, 1895}, {"Filters", 10, 299}}, Rush: true,
			Notes: map[string]string{"dock": "B", "contact": "Lee"}},
		{ID: 2, Customer: "Cafe Nord", Items: []Item{{"Oat milk", 12, 349}}, Rush: true, Coupon: &code},
	}
	for _, o := range orders {
		if err := t.ExecuteTemplate(os.Stdout, "order", o); err != nil {
			fmt.Println("error:", err)
		}
	}
	var sb strings.Builder
	err := t.ExecuteTemplate(&sb, "missing", nil)
	fmt.Println("missing:", err)
	err = template.Must(template.New("x").Parse("{{.Nope}}")).Execute(&sb, orders[0])
	fmt.Println("bad field:", err != nil)
	fmt.Println(t.Lookup("item") != nil, t.Lookup("nope") == nil, len(t.Templates()))
}
