package main

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"text/template"
)

type Recipient struct {
	Title, First, Last string
	Balance            float64
	Items              []string
	VIP                bool
}

func (r Recipient) FullName() string {
	return strings.TrimSpace(r.Title + " " + r.First + " " + r.Last)
}

const letterTmpl = `{{define "greeting"}}Dear {{.FullName}},{{end -}}
{{define "signature"}}
Sincerely,
  The Billing Team{{end -}}
{{template "greeting" .}}

{{if .VIP}}As one of our valued VIP members, {{else}}{{end -}}
{{if lt .Balance 0.01}}your account is fully paid. Thank you!{{else}}we note an outstanding balance of {{printf "%.2f" .Balance}} EUR.{{end}}
{{- if .Items}}
Your recent purchases:
{{- range .Items}}
  * {{.}}{{end}}{{end}}
{{template "signature"}}
`

func render(t *template.Template, r Recipient) (string, error) {
	var buf bytes.Buffer
	if err := t.Execute(&buf, r); err != nil {
		return "", err
	}
	return buf.String(), nil
}

func main() {
	t, err := template.New("letter").Parse(letterTmpl)
	if err != nil {
		fmt.Println("parse:", err)
		return
	}
	people := []Recipient{
		{Title: "Dr.", First: "Ada", Last: "Lovelace", Balance: 120.5, Items: []string{"Analytical engine", "Punch cards"}, VIP: true},
		{First: "Bob", Last: "Smith"},
	}
	for i, p := range people {
		out, err := render(t, p)
		if err != nil {
			fmt.Println("exec:", err)
			continue
		}
		fmt.Printf("=== letter %d (%d lines) ===\n%s", i+1, strings.Count(out, "\n"), out)
	}
	var names []string
	for _, tt := range t.Templates() {
		names = append(names, tt.Name())
	}
	sort.Strings(names)
	fmt.Println(names)
	_, err = template.New("x").Parse("{{if}}")
	fmt.Println(err)
	var sb strings.Builder
	template.Must(template.New("y").Parse(`{{range $k, $v := .}}{{$k}}={{$v}};{{end}}`)).Execute(&sb, map[string]int{"z": 1, "a": 2})
	fmt.Println(sb.String())
}
