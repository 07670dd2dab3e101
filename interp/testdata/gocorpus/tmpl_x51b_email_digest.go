package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
	"time"
)

type Shipment struct {
	Order   string
	Carrier string
	ETA     time.Time
	Late    bool
}

type Digest struct {
	User      string
	Date      time.Time
	Shipments []Shipment
	Counts    map[string]int
}

const tmpl = `{{define "ship"}}  - {{.Order}} via {{.Carrier}}, ETA {{.ETA.Format "Mon Jan 2"}}{{if .Late}} (LATE){{end}}
{{end}}{{define "main"}}Hello {{.User | title}},
Your digest for {{.Date.Format "2006-01-02"}}:
{{range .Shipments}}{{template "ship" .}}{{else}}  no shipments
{{end}}{{- with .Counts}}
Status counts:{{range $k, $v := .}} {{$k}}={{$v}}{{end}}
{{- end}}
{{len .Shipments}} shipment(s){{if gt (len .Shipments) 1}}, {{index .Shipments 0 | first}} first{{end}}.
{{end}}`

func main() {
	funcs := template.FuncMap{
		"title": func(s string) string { return strings.ToUpper(s[:1]) + s[1:] },
		"first": func(s Shipment) string { return s.Order },
	}
	t := template.Must(template.New("digest").Funcs(funcs).Parse(tmpl))
	base := time.Date(2024, 7, 10, 0, 0, 0, 0, time.UTC)
	digests := []Digest{
		{
			User: "maria", Date: base,
			Shipments: []Shipment{
				{"SO-1", "DHL", base.AddDate(0, 0, 2), false},
				{"SO-7", "UPS", base.AddDate(0, 0, -1), true},
			},
			Counts: map[string]int{"shipped": 2, "pending": 1},
		},
		{User: "li", Date: base.AddDate(0, 0, 1)},
	}
	for _, d := range digests {
		if err := t.ExecuteTemplate(os.Stdout, "main", d); err != nil {
			fmt.Println("ERR", err)
		}
		fmt.Println("====")
	}
	_, err := template.New("x").Parse("{{if}}")
	fmt.Println(err)
	err = template.Must(template.New("y").Parse(`{{index . 5}}`)).Execute(os.Stdout, []int{1})
	fmt.Println()
	fmt.Println(err)
}
