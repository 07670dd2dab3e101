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

type Section struct {
	Title string
	Items []Item
}

func (s Section) Sum() float64 {
	t := 0.0
	for _, i := range s.Items {
		t += i.Total()
	}
	return t
}

const layout = `{{define "money"}}{{printf "%9.2f" .}}{{end -}}
{{define "item"}}  {{printf "%-14s" .Name}} {{.Qty | printf "%3d"}} x {{template "money" .Price}} = {{template "money" .Total}}{{end -}}
{{define "section"}}## {{.Title}}
{{range $i, $it := .Items}}{{if $i}}
{{end}}{{template "item" $it}}{{end}}
  {{"subtotal" | printf "%-31s"}}{{template "money" .Sum}}
{{end -}}
{{block "report" .}}REPORT for {{.Customer}}
{{range .Sections}}{{template "section" .}}{{end}}{{end}}`

const override = `{{define "report"}}*** {{.Customer | upper}} ***
{{range .Sections}}{{if .Items}}{{template "section" .}}{{else}}## {{.Title}} (empty)
{{end}}{{end}}{{$n := len .Sections}}sections: {{$n}}{{if gt $n 2}} (many){{end}}
{{end}}`

func main() {
	data := map[string]any{
		"Customer": "Blue Fern Cafe",
		"Sections": []Section{
			{"Beverages", []Item{{"Espresso beans", 18.5, 4}, {"Oat milk", 2.35, 24}}},
			{"Bakery", []Item{{"Croissant", 0.95, 60}, {"Sourdough loaf", 4.2, 12}, {"Muffin", 1.1, 30}}},
			{"Equipment", nil},
		},
	}
	base := template.Must(template.New("base").Funcs(template.FuncMap{"upper": strings.ToUpper}).Parse(layout))
	if err := base.Execute(os.Stdout, data); err != nil {
		fmt.Println("ERR", err)
	}
	fmt.Println("----")
	custom := template.Must(template.Must(base.Clone()).Parse(override))
	if err := custom.Execute(os.Stdout, data); err != nil {
		fmt.Println("ERR", err)
	}
	fmt.Println("----")
	var names []string
	for _, t := range custom.Templates() {
		names = append(names, t.Name())
	}
	fmt.Println(len(names), "templates defined; has item:", custom.Lookup("item") != nil)

	var sb strings.Builder
	err := template.Must(template.New("x").Parse(`{{range .}}{{.Name}}={{.Qty}};{{end}}`)).Execute(&sb, []Item{{"a", 1, 2}, {"b", 3, 4}})
	fmt.Println(sb.String(), err)
	_, err = template.New("broken").Parse("{{if .X}}unclosed")
	fmt.Println("parse error:", err)
}
